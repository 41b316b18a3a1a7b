using System.Text.RegularExpressions;
using EdgeQueue.Central.Booking.Catalogue;

namespace EdgeQueue.Central.Booking.Administration;

/// <summary>Checks administrators' input before anything is written.</summary>
internal static partial class DraftValidator
{
    public const int MaxAttachmentBytes = 10 * 1024 * 1024;

    public static AdminError? Department(DepartmentDraft d) =>
        Text("name", d.Name, 200, "Nazwa wydziału", "Department name") ?? Description(d.Description);

    public static AdminError? Group(MatterGroupDraft d) => Text("name", d.Name, 200, "Nazwa grupy spraw", "Matter group name");

    public static AdminError? Matter(MatterDraft d)
    {
        if (Text("name", d.Name, 200, "Nazwa sprawy", "Matter name") is { } nameError)
        {
            return nameError;
        }

        if (Description(d.Description) is { } descriptionError)
        {
            return descriptionError;
        }

        if (d.RequiredDocuments is null || d.RequiredDocuments.Count > 30 || d.RequiredDocuments.Any(x => string.IsNullOrWhiteSpace(x) || x.Length > 300 || x.Contains('\n', StringComparison.Ordinal)))
        {
            return AdminErrors.Invalid("requiredDocuments", "Lista dokumentów: do 30 pozycji, każda w jednej linii, do 300 znaków.",
                "Required documents: up to 30 single-line entries of up to 300 characters.");
        }

        if (d.VisitMinutes is < 5 or > 240)
        {
            return AdminErrors.Invalid("visitMinutes", "Długość wizyty musi wynosić od 5 do 240 minut.", "Visit length must be 5–240 minutes.");
        }

        return QueueCategoryPattern().IsMatch(d.QueueCategory ?? string.Empty)
            ? null
            : AdminErrors.Invalid("queueCategory", "Kategoria kolejki to 1–3 wielkie litery, np. A.", "Queue category is 1–3 capital letters, e.g. A.");
    }

    public static AdminError? Location(LocationDraft d, bool checkId)
    {
        if (checkId && !LocationIdPattern().IsMatch(d.Id ?? string.Empty))
        {
            return AdminErrors.Invalid("id", "Identyfikator lokalizacji: małe litery, cyfry i łączniki, 2–63 znaki (np. poznan-libelta); taki sam jak identyfikator sali w koncentratorze.",
                "Location id: lower-case letters, digits and hyphens, 2–63 characters (e.g. poznan-libelta), the same as the hub's site id.");
        }

        return Text("name", d.Name, 200, "Nazwa lokalizacji", "Location name") ?? Text("address", d.Address, 300, "Adres", "Address");
    }

    public static AdminError? Hours(IReadOnlyList<OpeningHours> hours)
    {
        if (hours is null || hours.GroupBy(h => h.Day).Any(g => g.Count() > 1))
        {
            return AdminErrors.Invalid("hours", "Każdy dzień tygodnia może mieć jeden przedział godzin.", "Each weekday may have one range of hours.");
        }

        return hours.Any(h => h.Opens >= h.Closes || h.Opens.Second != 0 || h.Closes.Second != 0)
            ? AdminErrors.Invalid("hours", "Godzina otwarcia musi być wcześniejsza niż godzina zamknięcia.", "Opening time must be before closing time.")
            : null;
    }

    public static AdminError? ClosedDay(ClosedDayDraft d) => Text("reason", d.Reason, 200, "Powód", "Reason");

    public static AdminError? Attachment(AttachmentDraft d)
    {
        if (Text("title", d.Title, 200, "Tytuł załącznika", "Attachment title") is { } titleError)
        {
            return titleError;
        }

        if (string.IsNullOrWhiteSpace(d.FileName) || d.FileName.Length > 200 || d.FileName.IndexOfAny(['/', '\\', '\0', '"']) >= 0 || d.FileName.StartsWith('.'))
        {
            return AdminErrors.Invalid("fileName", "Nazwa pliku jest nieprawidłowa.", "The file name is invalid.");
        }

        if (string.IsNullOrWhiteSpace(d.ContentType) || !d.ContentType.Contains('/', StringComparison.Ordinal) || d.ContentType.Length > 100)
        {
            return AdminErrors.Invalid("contentType", "Typ pliku jest nieprawidłowy.", "The content type is invalid.");
        }

        return d.Content is null || d.Content.Length == 0 || d.Content.Length > MaxAttachmentBytes
            ? AdminErrors.Invalid("content", "Plik musi mieć od 1 bajtu do 10 MB.", "The file must be 1 byte to 10 MB.")
            : null;
    }

    public static AdminError? Counters(int counters) => counters is < 0 or > 50
        ? AdminErrors.Invalid("counters", "Liczba stanowisk musi wynosić od 0 do 50.", "Counters must be 0–50.")
        : null;

    private static AdminError? Description(string? description) => description is null || description.Length > 4000
        ? AdminErrors.Invalid("description", "Opis może mieć do 4000 znaków.", "The description may have up to 4000 characters.")
        : null;

    public static AdminError? PrivacyNotice(string? text) =>
        Text("text", text, Privacy.PrivacyNotice.MaxLength, "Klauzula informacyjna", "Privacy notice");

    private static AdminError? Text(string field, string? value, int max, string labelPl, string labelEn) =>
        string.IsNullOrWhiteSpace(value) || value.Trim().Length > max
            ? AdminErrors.Invalid(field, $"{labelPl}: wymagane, do {max} znaków.", $"{labelEn}: required, up to {max} characters.")
            : null;

    [GeneratedRegex("^[A-Z]{1,3}$")]
    private static partial Regex QueueCategoryPattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,62}$")]
    private static partial Regex LocationIdPattern();
}
