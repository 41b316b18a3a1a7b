using EdgeQueue.Mqtt.Packets;

namespace EdgeQueue.Mqtt.Tests.Packets;

/// <summary>Encode/decode helpers shared by the codec tests.</summary>
internal static class PacketAssert
{
    public static T RoundTrip<T>(T packet)
        where T : MqttPacket
    {
        var bytes = MqttPacketEncoder.Encode(packet);
        Assert.Equal(bytes.Length, MqttPacketEncoder.GetEncodedLength(packet));
        var decoded = Decode(bytes);
        return Assert.IsType<T>(decoded);
    }

    public static MqttPacket Decode(byte[] bytes)
    {
        var decoder = new MqttPacketDecoder();
        Assert.True(decoder.TryDecode(bytes, out var packet, out var consumed));
        Assert.Equal(bytes.Length, consumed);
        return packet;
    }

    public static MqttProtocolException DecodeFails(byte[] bytes, MqttProtocolError expected)
    {
        var decoder = new MqttPacketDecoder();
        var error = Assert.Throws<MqttProtocolException>(() => decoder.TryDecode(bytes, out _, out _));
        Assert.Equal(expected, error.Error);
        return error;
    }

    public static byte[] Hex(string hex) => Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal));
}
