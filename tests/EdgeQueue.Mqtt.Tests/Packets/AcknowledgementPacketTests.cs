using EdgeQueue.Mqtt.Packets;
using static EdgeQueue.Mqtt.Tests.Packets.PacketAssert;

namespace EdgeQueue.Mqtt.Tests.Packets;

/// <summary>CONNACK, PUBACK, PUBREC, PUBREL, PUBCOMP, UNSUBACK, PINGREQ, PINGRESP, DISCONNECT.</summary>
public sealed class AcknowledgementPacketTests
{
    public static TheoryData<MqttPacket, string> SpecBytes => new()
    {
        { new ConnAckPacket { SessionPresent = true, ReturnCode = ConnectReturnCode.Accepted }, "20 02 01 00" },
        { new ConnAckPacket { ReturnCode = ConnectReturnCode.BadUserNameOrPassword }, "20 02 00 04" },
        { new PubAckPacket(0x1234), "40 02 1234" },
        { new PubRecPacket(7), "50 02 0007" },
        { new PubRelPacket(7), "62 02 0007" },
        { new PubCompPacket(7), "70 02 0007" },
        { new UnsubAckPacket(9), "B0 02 0009" },
        { PingReqPacket.Instance, "C0 00" },
        { PingRespPacket.Instance, "D0 00" },
        { DisconnectPacket.Instance, "E0 00" },
    };

    [Theory]
    [MemberData(nameof(SpecBytes))]
    public void Encode_Packet_MatchesSpecBytes(MqttPacket packet, string hex)
    {
        Assert.Equal(Hex(hex), MqttPacketEncoder.Encode(packet));
    }

    [Theory]
    [MemberData(nameof(SpecBytes))]
    public void Decode_SpecBytes_GivesEqualPacket(MqttPacket packet, string hex)
    {
        Assert.Equal(packet, Decode(Hex(hex)));
    }

    [Theory]
    [InlineData("41 02 0001")] // PUBACK with flags
    [InlineData("60 02 0001")] // PUBREL without its required 0x2
    [InlineData("C1 00")] // PINGREQ with flags
    [InlineData("21 02 0000")] // CONNACK with flags
    public void Decode_WrongReservedFlags_ThrowsInvalidFixedHeaderFlags(string hex)
    {
        DecodeFails(Hex(hex), MqttProtocolError.InvalidFixedHeaderFlags);
    }

    [Theory]
    [InlineData("00 00")]
    [InlineData("F0 00")]
    public void Decode_ReservedType_ThrowsReservedPacketType(string hex)
    {
        DecodeFails(Hex(hex), MqttProtocolError.ReservedPacketType);
    }

    [Theory]
    [InlineData("40 03 0001 00")]
    [InlineData("C0 01 00")]
    [InlineData("E0 7F")] // refused from the header alone, before the body arrives
    public void Decode_WrongFixedLength_ThrowsMalformed(string hex)
    {
        DecodeFails(Hex(hex), MqttProtocolError.MalformedPacket);
    }

    [Fact]
    public void Decode_PubAckWithIdZero_ThrowsInvalidPacketIdentifier()
    {
        DecodeFails(Hex("40 02 0000"), MqttProtocolError.InvalidPacketIdentifier);
    }

    [Fact]
    public void Decode_ConnAckUnknownCode_ThrowsInvalidReturnCode()
    {
        DecodeFails(Hex("20 02 00 06"), MqttProtocolError.InvalidReturnCode);
    }

    [Fact]
    public void Decode_ConnAckReservedAcknowledgeBits_ThrowsMalformed()
    {
        DecodeFails(Hex("20 02 02 00"), MqttProtocolError.MalformedPacket);
    }
}
