using System.Globalization;

namespace EdgeQueue.Hub.Site;

/// <summary>Parses the <c>host:port</c> of a network printer.</summary>
public static class TcpTarget
{
    public static bool TryParse(string text, out string host, out int port)
    {
        host = string.Empty;
        port = 0;
        var colon = text.LastIndexOf(':');
        if (colon <= 0)
        {
            return false;
        }

        host = text[..colon].Trim('[', ']');
        return host.Length > 0
            && int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out port)
            && port is > 0 and <= 65535;
    }
}
