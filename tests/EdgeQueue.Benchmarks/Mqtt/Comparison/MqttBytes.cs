using System.Text;

namespace EdgeQueue.Benchmarks.Mqtt.Comparison;

/// <summary>
/// MQTT 3.1.1 packets assembled byte by byte, so that any field can be wrong: the project's codec
/// refuses to encode what these measurements must send.
/// </summary>
internal static class MqttBytes
{
    /// <summary>A packet: first header byte, the remaining length computed from the parts, the parts.</summary>
    public static byte[] Packet(byte header, params byte[][] parts)
    {
        var body = parts.SelectMany(p => p).ToArray();
        return [header, .. RemainingLength(body.Length), .. body];
    }

    public static byte[] RemainingLength(int length)
    {
        var bytes = new List<byte>();
        do
        {
            var digit = (byte)(length % 128);
            length /= 128;
            bytes.Add(length > 0 ? (byte)(digit | 0x80) : digit);
        }
        while (length > 0);
        return [.. bytes];
    }

    /// <summary>An MQTT string: 16-bit big-endian length, then the bytes.</summary>
    public static byte[] Text(string value) => Raw(Encoding.UTF8.GetBytes(value));

    /// <summary>A length-prefixed field with arbitrary bytes (invalid UTF-8, NUL).</summary>
    public static byte[] Raw(params byte[] value) => [(byte)(value.Length >> 8), (byte)value.Length, .. value];

    public static byte[] Bytes(params byte[] value) => value;

    /// <summary>The variable header of a 3.1.1 CONNECT with these flags and a 60 s keep-alive.</summary>
    public static byte[] ConnectHeader(byte flags, byte level = 4, string protocol = "MQTT") =>
        [.. Text(protocol), level, flags, 0, 60];

    /// <summary>A valid CONNECT, clean session, no credentials.</summary>
    public static byte[] Connect(string clientId) => Packet(0x10, ConnectHeader(0x02), Text(clientId));

    /// <summary>A CONNACK accepting the connection (what a valid CONNECT must get back).</summary>
    public static bool IsAccepted(byte[] connAck) => connAck is [0x20, 0x02, _, 0x00];
}
