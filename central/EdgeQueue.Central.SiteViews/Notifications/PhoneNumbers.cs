namespace EdgeQueue.Central.SiteViews.Notifications;

/// <summary>Polish mobile numbers as residents type them: "600 100 200", "+48 600-100-200", "0048600100200".</summary>
public static class PhoneNumbers
{
    /// <summary>The number as +48 and nine digits, or null when it is not a Polish number.</summary>
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 24)
        {
            return null;
        }

        var digits = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (c == '+' && i == text.AsSpan().IndexOfAnyExcept(' '))
            {
                continue;
            }
            else if (c is not (' ' or '-' or '(' or ')'))
            {
                return null;
            }
        }

        var number = digits.ToString();
        if (number.StartsWith("0048", StringComparison.Ordinal))
        {
            number = number[4..];
        }
        else if (number.Length == 11 && number.StartsWith("48", StringComparison.Ordinal))
        {
            number = number[2..];
        }

        return number.Length == 9 && number[0] != '0' ? "+48" + number : null;
    }

    /// <summary>For logs: only the last three digits (+48 *** *** 200).</summary>
    public static string Mask(string phone)
    {
        ArgumentNullException.ThrowIfNull(phone);
        return phone.Length >= 3 ? "+48 *** *** " + phone[^3..] : "***";
    }
}
