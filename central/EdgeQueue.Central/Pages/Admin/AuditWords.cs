namespace EdgeQueue.Central.Pages.Admin;

/// <summary>
/// The audit log in Polish. The stored keys ("user.create", "matter-group", "visitMinutes") stay
/// stable for the API and exports; the page says what they mean. A key without a word here (an
/// action added later) is shown as stored rather than hidden.
/// </summary>
public static class AuditWords
{
    private static readonly Dictionary<string, string> Actions = new(StringComparer.Ordinal)
    {
        ["department.create"] = "utworzenie wydziału",
        ["department.update"] = "zmiana wydziału",
        ["department.delete"] = "usunięcie wydziału",
        ["group.create"] = "utworzenie grupy spraw",
        ["group.update"] = "zmiana grupy spraw",
        ["group.delete"] = "usunięcie grupy spraw",
        ["matter.create"] = "utworzenie sprawy",
        ["matter.update"] = "zmiana sprawy",
        ["matter.delete"] = "usunięcie sprawy",
        ["matter.capacity"] = "zmiana liczby stanowisk dla sprawy",
        ["location.create"] = "utworzenie lokalizacji",
        ["location.update"] = "zmiana lokalizacji",
        ["location.delete"] = "usunięcie lokalizacji",
        ["location.hours"] = "zmiana godzin otwarcia",
        ["closed-day.add"] = "dodanie dnia wolnego",
        ["closed-day.remove"] = "usunięcie dnia wolnego",
        ["attachment.add"] = "dodanie załącznika",
        ["attachment.delete"] = "usunięcie załącznika",
        ["user.create"] = "utworzenie konta",
        ["user.activate"] = "odblokowanie konta",
        ["user.deactivate"] = "zablokowanie konta",
        ["user.password"] = "zmiana hasła",
        ["user.roles"] = "zmiana ról",
        ["privacy-notice.update"] = "zmiana klauzuli informacyjnej RODO",
        ["visit.book"] = "rezerwacja wizyty (infolinia)",
        ["visit.cancel"] = "odwołanie wizyty (infolinia)",
    };

    private static readonly Dictionary<string, string> Entities = new(StringComparer.Ordinal)
    {
        ["department"] = "wydział",
        ["matter-group"] = "grupa spraw",
        ["matter"] = "sprawa",
        ["location"] = "lokalizacja",
        ["closed-day"] = "dzień wolny",
        ["attachment"] = "załącznik",
        ["user"] = "konto",
        ["visit"] = "wizyta",
        ["privacy-notice"] = "klauzula RODO",
    };

    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["name"] = "nazwa",
        ["description"] = "opis",
        ["sortOrder"] = "kolejność",
        ["departmentId"] = "wydział",
        ["groupId"] = "grupa spraw",
        ["requiredDocuments"] = "wymagane dokumenty",
        ["visitMinutes"] = "czas wizyty (min)",
        ["queueCategory"] = "kategoria biletów",
        ["active"] = "aktywna",
        ["id"] = "identyfikator",
        ["address"] = "adres",
        ["locationId"] = "lokalizacja",
        ["day"] = "dzień",
        ["reason"] = "powód",
        ["counters"] = "stanowiska",
        ["matterId"] = "sprawa",
        ["title"] = "tytuł",
        ["fileName"] = "plik",
        ["contentType"] = "rodzaj pliku",
        ["roles"] = "role",
        ["hours"] = "godziny",
        ["length"] = "długość tekstu (znaki)",
    };

    public static string Action(string action) => Actions.GetValueOrDefault(action, action);

    public static string Entity(string entity) => Entities.GetValueOrDefault(entity, entity);

    public static string Field(string field) => Fields.GetValueOrDefault(field, field);
}
