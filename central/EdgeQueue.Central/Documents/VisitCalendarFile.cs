using System.Globalization;
using System.Text;

namespace EdgeQueue.Central.Documents;

/// <summary>An iCalendar (RFC 5545) file with one event: the booked visit, with a reminder the day before.</summary>
public static class VisitCalendarFile
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static string FileName(VisitConfirmation visit) => $"wizyta-{visit.Code}.ics";

    public static byte[] Create(VisitConfirmation visit, DateTimeOffset stamp)
    {
        var text = new StringBuilder();
        Line(text, "BEGIN:VCALENDAR");
        Line(text, "VERSION:2.0");
        Line(text, "PRODID:-//EdgeQueue//Rezerwacja wizyt//PL");
        Line(text, "CALSCALE:GREGORIAN");
        Line(text, "METHOD:PUBLISH");
        Line(text, "BEGIN:VEVENT");
        Line(text, $"UID:{visit.Code}@edgequeue");
        Line(text, $"DTSTAMP:{Utc(stamp)}");
        Line(text, $"DTSTART:{Utc(visit.StartsAt)}");
        Line(text, $"DTEND:{Utc(visit.EndsAt)}");
        Line(text, $"SUMMARY:{Escape($"Wizyta w urzędzie: {visit.MatterName}")}");
        Line(text, $"LOCATION:{Escape(PolishFormat.Place(visit.LocationName, visit.LocationAddress))}");
        Line(text, $"DESCRIPTION:{Escape($"{visit.DepartmentName}. Kod potwierdzenia: {visit.Code}. Przyjdź 5–10 minut wcześniej; spóźnienie oznacza rezygnację z wizyty.")}");
        Line(text, "BEGIN:VALARM");
        Line(text, "ACTION:DISPLAY");
        Line(text, "TRIGGER:-P1D");
        Line(text, $"DESCRIPTION:{Escape($"Jutro wizyta w urzędzie, kod {visit.Code}")}");
        Line(text, "END:VALARM");
        Line(text, "END:VEVENT");
        Line(text, "END:VCALENDAR");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Utc(DateTimeOffset moment) =>
        moment.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Escape(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r", "", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>Writes a content line folded at 75 octets (RFC 5545 §3.1) without splitting a UTF-8 character.</summary>
    private static void Line(StringBuilder text, string line)
    {
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > 75)
            {
                text.Append("\r\n ");
                octets = 1;
            }

            text.Append(rune.ToString());
            octets += size;
        }

        text.Append("\r\n");
    }
}
