using EdgeQueue.Mqtt.Packets;
using static EdgeQueue.Mqtt.Tests.Packets.PacketAssert;

namespace EdgeQueue.Mqtt.Tests.Packets;

public sealed class PublishPacketTests
{
    [Fact]
    public void Encode_Qos0_MatchesSpecBytes()
    {
        var bytes = MqttPacketEncoder.Encode(new PublishPacket { Topic = "a/b", Payload = "hi"u8.ToArray() });

        Assert.Equal(Hex("30 07 0003 612F62 6869"), bytes);
    }

    [Fact]
    public void Encode_Qos1RetainDuplicate_SetsFlagsAndPacketId()
    {
        var packet = new PublishPacket
        {
            Topic = "a/b",
            Payload = "hi"u8.ToArray(),
            QualityOfService = MqttQualityOfService.AtLeastOnce,
            Retain = true,
            Duplicate = true,
            PacketId = 10,
        };

        Assert.Equal(Hex("3B 09 0003 612F62 000A 6869"), MqttPacketEncoder.Encode(packet));
    }

    [Theory]
    [InlineData(MqttQualityOfService.AtMostOnce, (ushort)0)]
    [InlineData(MqttQualityOfService.AtLeastOnce, (ushort)1)]
    [InlineData(MqttQualityOfService.ExactlyOnce, (ushort)65535)]
    public void RoundTrip_EachQos_KeepsEveryValue(MqttQualityOfService qos, ushort packetId)
    {
        var packet = new PublishPacket { Topic = "eq/v1/poznań/hall/calls", Payload = new byte[300], QualityOfService = qos, PacketId = packetId, Retain = true };

        var decoded = RoundTrip(packet);

        Assert.Equal(packet.Topic, decoded.Topic);
        Assert.Equal(300, decoded.Payload.Length);
        Assert.Equal(qos, decoded.QualityOfService);
        Assert.Equal(packetId, decoded.PacketId);
        Assert.True(decoded.Retain);
    }

    [Fact]
    public void RoundTrip_EmptyPayload_IsAllowed()
    {
        Assert.True(RoundTrip(new PublishPacket { Topic = "t", Retain = true }).Payload.IsEmpty);
    }

    [Fact]
    public void Decode_Qos3_ThrowsInvalidQualityOfService()
    {
        DecodeFails(Hex("36 05 0001 74 0001"), MqttProtocolError.InvalidQualityOfService);
    }

    [Fact]
    public void Decode_DuplicateWithQos0_ThrowsInvalidFlags()
    {
        DecodeFails(Hex("38 03 0001 74"), MqttProtocolError.InvalidFixedHeaderFlags);
    }

    [Theory]
    [InlineData("30 03 0001 2B")] // "+"
    [InlineData("30 05 0003 612F23")] // "a/#"
    [InlineData("30 02 0000")] // empty
    public void Decode_InvalidTopicName_ThrowsInvalidTopicName(string hex)
    {
        DecodeFails(Hex(hex), MqttProtocolError.InvalidTopicName);
    }

    [Theory]
    [InlineData("30 04 0002 C328")] // truncated two-byte sequence
    [InlineData("30 05 0003 EDA080")] // encoded surrogate U+D800
    [InlineData("30 03 0001 00")] // U+0000
    public void Decode_InvalidUtf8Topic_ThrowsInvalidUtf8(string hex)
    {
        DecodeFails(Hex(hex), MqttProtocolError.InvalidUtf8String);
    }

    [Fact]
    public void Decode_Qos1WithPacketIdZero_ThrowsInvalidPacketIdentifier()
    {
        DecodeFails(Hex("32 05 0001 74 0000"), MqttProtocolError.InvalidPacketIdentifier);
    }

    [Fact]
    public void Decode_TopicLongerThanRemainingLength_ThrowsMalformed()
    {
        DecodeFails(Hex("30 03 0005 74"), MqttProtocolError.MalformedPacket);
    }

    [Fact]
    public void Encode_TopicWithWildcard_Throws()
    {
        var error = Assert.Throws<MqttProtocolException>(() => MqttPacketEncoder.Encode(new PublishPacket { Topic = "a/+" }));

        Assert.Equal(MqttProtocolError.InvalidTopicName, error.Error);
    }

    [Fact]
    public void Encode_Qos1WithoutPacketId_Throws()
    {
        var error = Assert.Throws<MqttProtocolException>(() =>
            MqttPacketEncoder.Encode(new PublishPacket { Topic = "t", QualityOfService = MqttQualityOfService.AtLeastOnce }));

        Assert.Equal(MqttProtocolError.InvalidPacketIdentifier, error.Error);
    }

    [Fact]
    public void Encode_TopicWithLoneSurrogate_ThrowsInvalidUtf8()
    {
        var error = Assert.Throws<MqttProtocolException>(() => MqttPacketEncoder.Encode(new PublishPacket { Topic = "a\uD800" }));

        Assert.Equal(MqttProtocolError.InvalidUtf8String, error.Error);
    }

    [Fact]
    public void Encode_TopicOver65535Bytes_ThrowsInvalidUtf8()
    {
        var error = Assert.Throws<MqttProtocolException>(() => MqttPacketEncoder.Encode(new PublishPacket { Topic = new string('a', 65536) }));

        Assert.Equal(MqttProtocolError.InvalidUtf8String, error.Error);
    }
}
