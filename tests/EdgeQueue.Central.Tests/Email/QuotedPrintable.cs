using System.Globalization;
using System.Text;

namespace EdgeQueue.Central.Tests.Email;

/// <summary>Reads an .eml body written as quoted-printable UTF-8 back into text (soft line breaks joined).</summary>
internal static class QuotedPrintable
{
    public static string Decode(string encoded)
    {
        var text = encoded.Replace("=\r\n", "", StringComparison.Ordinal);
        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length && byte.TryParse(text.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
            {
                bytes.Add(value);
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }
}
