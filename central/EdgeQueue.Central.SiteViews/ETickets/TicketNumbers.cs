namespace EdgeQueue.Central.SiteViews.ETickets;

/// <summary>Ticket numbers as printed: a category letter and three digits (A017).</summary>
public static class TicketNumbers
{
    /// <summary>The number in upper case when it is one (a017 → A017), else null.</summary>
    public static string? Normalize(string? text)
    {
        if (text is not { Length: 4 })
        {
            return null;
        }

        var number = text.ToUpperInvariant();
        return char.IsAsciiLetterUpper(number[0]) && number.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0 ? number : null;
    }

    /// <summary>The category prefix of a ticket number.</summary>
    public static string Category(string ticket) => ticket[..1];
}
