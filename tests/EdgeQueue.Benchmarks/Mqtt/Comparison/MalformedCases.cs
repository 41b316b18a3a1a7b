using static EdgeQueue.Benchmarks.Mqtt.Comparison.MqttBytes;

namespace EdgeQueue.Benchmarks.Mqtt.Comparison;

/// <summary>
/// The malformed input of <see cref="MalformedMeasurement"/>, one rule of MQTT 3.1.1 broken per case.
/// Topic names with wildcards, NUL or bad UTF-8 are also watched for on a '#' subscriber (forwarded?).
/// </summary>
internal static class MalformedCases
{
    /// <summary>Topic names a broker must never route (§4.7.1, §1.5.3).</summary>
    public static readonly byte[][] IllegalTopicNames =
    [
        "a/+"u8.ToArray(), "a/#"u8.ToArray(), "+"u8.ToArray(), "#"u8.ToArray(), "a\0b"u8.ToArray(), [0x61, 0xC3, 0x28],
    ];

    public static IReadOnlyList<MalformedCase> All { get; } = [.. BeforeConnect(), .. AfterConnect()];

    private static IEnumerable<MalformedCase> BeforeConnect()
    {
        yield return First("PUBLISH before CONNECT", Packet(0x30, Text("a"), Bytes(1)));
        yield return First("SUBSCRIBE before CONNECT", Packet(0x82, Bytes(0, 1), Text("a"), Bytes(0)));
        yield return First("PINGREQ before CONNECT", [0xC0, 0x00]);
        yield return First("reserved packet type 0", [0x00, 0x00]);
        yield return First("reserved packet type 15", [0xF0, 0x00]);
        yield return First("CONNECT protocol name MQTX", Packet(0x10, ConnectHeader(0x02, protocol: "MQTX"), Text("bad-1")));
        yield return First("CONNECT protocol level 3 with name MQTT", Packet(0x10, ConnectHeader(0x02, level: 3), Text("bad-2")));
        yield return First("CONNECT protocol level 0", Packet(0x10, ConnectHeader(0x02, level: 0), Text("bad-3")));
        yield return First("CONNECT reserved flag set", Packet(0x10, ConnectHeader(0x03), Text("bad-4")));
        yield return First("CONNECT fixed-header flags set", Packet(0x11, ConnectHeader(0x02), Text("bad-5")));
        yield return First("CONNECT password without user name", Packet(0x10, ConnectHeader(0x42), Text("bad-6"), Text("pw")));
        yield return First("CONNECT will QoS without will flag", Packet(0x10, ConnectHeader(0x0A), Text("bad-7")));
        yield return First("CONNECT will QoS 3", Packet(0x10, ConnectHeader(0x1E), Text("bad-8"), Text("w"), Text("x")));
        yield return First("CONNECT will retain without will flag", Packet(0x10, ConnectHeader(0x22), Text("bad-9")));
        yield return First("CONNECT will topic with wildcard", Packet(0x10, ConnectHeader(0x06), Text("bad-10"), Text("w/#"), Text("x")));
        yield return First("CONNECT remaining length of 5 bytes", [0x10, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F]);
        yield return First("CONNECT client id invalid UTF-8", Packet(0x10, ConnectHeader(0x02), Raw(0x62, 0xC3, 0x28)));
        yield return First("CONNECT client id with NUL", Packet(0x10, ConnectHeader(0x02), Raw(0x62, 0x00, 0x63)));
        yield return First("CONNECT user name flag, no user name", Packet(0x10, ConnectHeader(0x82), Text("bad-11")));
        yield return First("CONNECT bytes after the payload", Packet(0x10, ConnectHeader(0x02), Text("bad-12"), Bytes(1, 2, 3)));
        yield return First("CONNECT protocol name longer than the packet", Packet(0x10, Bytes(0, 50), "MQTT"u8.ToArray(), Bytes(4, 2, 0, 60)));
        yield return First("CONNECT empty client id, clean session 0", Packet(0x10, ConnectHeader(0x00), Text("")));
        yield return First("CONNECT without a payload", Packet(0x10, ConnectHeader(0x02)));
    }

    private static IEnumerable<MalformedCase> AfterConnect()
    {
        yield return Next("second CONNECT", Connect("bad-second"));
        foreach (var topic in IllegalTopicNames)
        {
            yield return Next($"PUBLISH to topic {Describe(topic)}", Packet(0x30, Raw(topic), Bytes(1)));
        }

        yield return Next("PUBLISH to an empty topic", Packet(0x30, Text(""), Bytes(1)));
        yield return Next("PUBLISH QoS 3", Packet(0x36, Text("a"), Bytes(0, 1), Bytes(1)));
        yield return Next("PUBLISH QoS 1 with packet id 0", Packet(0x32, Text("a"), Bytes(0, 0), Bytes(1)));
        yield return Next("PUBLISH QoS 0 with DUP", Packet(0x38, Text("a"), Bytes(1)));
        yield return Next("PUBLISH shorter than its topic", Packet(0x30, Bytes(0, 20), "a"u8.ToArray()));
        yield return Next("SUBSCRIBE with flags 0000", Packet(0x80, Bytes(0, 1), Text("a"), Bytes(0)));
        yield return Next("SUBSCRIBE without filters", Packet(0x82, Bytes(0, 1)));
        yield return Next("SUBSCRIBE to a/#/b", Packet(0x82, Bytes(0, 1), Text("a/#/b"), Bytes(0)));
        yield return Next("SUBSCRIBE to a+", Packet(0x82, Bytes(0, 1), Text("a+"), Bytes(0)));
        yield return Next("SUBSCRIBE QoS 3", Packet(0x82, Bytes(0, 1), Text("a"), Bytes(3)));
        yield return Next("SUBSCRIBE reserved QoS bits", Packet(0x82, Bytes(0, 1), Text("a"), Bytes(0x41)));
        yield return Next("SUBSCRIBE packet id 0", Packet(0x82, Bytes(0, 0), Text("a"), Bytes(0)));
        yield return Next("UNSUBSCRIBE with flags 0000", Packet(0xA0, Bytes(0, 1), Text("a")));
        yield return Next("UNSUBSCRIBE without filters", Packet(0xA2, Bytes(0, 1)));
        yield return Next("PUBREL with flags 0000", Packet(0x60, Bytes(0, 1)));
        yield return Next("PUBACK of 3 bytes", Packet(0x40, Bytes(0, 1, 0)));
        yield return Next("PINGREQ with a body", Packet(0xC0, Bytes(0)));
        yield return Next("CONNACK from a client", Packet(0x20, Bytes(0, 0)));
        yield return Next("SUBACK from a client", Packet(0x90, Bytes(0, 1, 0)));
        yield return Next("reserved packet type 15", [0xF0, 0x00]);
        yield return Next("remaining length of 5 bytes", [0x30, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F]);
    }

    public static string Describe(byte[] topic) =>
        string.Concat(topic.Select(b => b is >= 0x21 and < 0x7F ? ((char)b).ToString() : $"\\x{b:X2}"));

    private static MalformedCase First(string name, byte[] bytes) => new(name, AfterConnect: false, bytes);

    private static MalformedCase Next(string name, byte[] bytes) => new(name, AfterConnect: true, bytes);
}
