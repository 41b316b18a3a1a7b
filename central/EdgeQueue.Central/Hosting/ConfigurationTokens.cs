namespace EdgeQueue.Central.Hosting;

/// <summary>
/// The command-line tokens central's own options do not know must be ASP.NET settings,
/// <c>--Section:Key=value</c> or <c>--Section:Key value</c> (every setting has a section, e.g.
/// <c>--Central:Mail:SmtpHost=…</c>). Anything else is a typo: refused, so <c>--bogus</c> is not
/// silently ignored while central starts on defaults.
/// </summary>
public static class ConfigurationTokens
{
    /// <summary>Null when every token is a setting; otherwise one line naming the first that is not.</summary>
    public static string? FindProblem(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.StartsWith("--", StringComparison.Ordinal))
            {
                return $"unexpected argument '{token}'";
            }

            var equals = token.IndexOf('=', StringComparison.Ordinal);
            var key = equals < 0 ? token[2..] : token[2..equals];
            if (!key.Contains(':', StringComparison.Ordinal) || key.StartsWith(':') || key.EndsWith(':'))
            {
                return $"unknown option '{token}' (see --help; a setting is --Section:Key=value, e.g. --Central:Mail:SmtpHost=smtp.example.pl)";
            }

            if (equals < 0)
            {
                if (i + 1 >= tokens.Count || tokens[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    return $"the setting '{token}' has no value";
                }

                i++; // "--Section:Key value"
            }
        }

        return null;
    }
}
