using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO.Ports;

namespace EdgeQueue.Hardware.Printing.Ports;

/// <summary>
/// A serial printer's line as a site file writes it: <c>/dev/ttyUSB0?baud=19200&amp;flow=rtscts</c>.
/// 8 data bits, no parity, one stop bit (what ESC/POS kiosk printers ship with); the baud rate
/// defaults to 9600 and the flow control to none (<c>rtscts</c> or <c>xonxoff</c> when the printer's
/// DIP switches say so).
/// </summary>
public sealed record SerialLine(string Device, int Baud = 9600, Handshake Flow = Handshake.None)
{
    private static readonly int[] Bauds = [1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200];

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"serial:{Device}?baud={Baud}{(Flow == Handshake.None ? string.Empty : $"&flow={FlowWord(Flow)}")}");

    public static bool TryParse(string? text, [NotNullWhen(true)] out SerialLine? line, [NotNullWhen(false)] out string? error)
    {
        line = null;
        var parts = (text ?? string.Empty).Split('?', 2);
        var device = parts[0];
        if (!device.StartsWith("/dev/", StringComparison.Ordinal) || device.Length <= "/dev/".Length)
        {
            error = $"'{text}' must start with the device path, e.g. /dev/ttyUSB0?baud=19200";
            return false;
        }

        var baud = 9600;
        var flow = Handshake.None;
        foreach (var option in parts.Length > 1 ? parts[1].Split('&', StringSplitOptions.RemoveEmptyEntries) : [])
        {
            var (key, value) = option.Split('=', 2) is [var k, var v] ? (k, v) : (option, string.Empty);
            switch (key)
            {
                case "baud" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var b) && Bauds.Contains(b):
                    baud = b;
                    break;
                case "baud":
                    error = $"baud '{value}' is not one of {string.Join(", ", Bauds)}";
                    return false;
                case "flow" when value is "none" or "rtscts" or "xonxoff":
                    flow = value switch { "rtscts" => Handshake.RequestToSend, "xonxoff" => Handshake.XOnXOff, _ => Handshake.None };
                    break;
                case "flow":
                    error = $"flow '{value}' must be none, rtscts or xonxoff";
                    return false;
                default:
                    error = $"'{option}' is not an option of a serial line (baud, flow)";
                    return false;
            }
        }

        line = new SerialLine(device, baud, flow);
        error = null;
        return true;
    }

    private static string FlowWord(Handshake flow) => flow == Handshake.RequestToSend ? "rtscts" : "xonxoff";
}
