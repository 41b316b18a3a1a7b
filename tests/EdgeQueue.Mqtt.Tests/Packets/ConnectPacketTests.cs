using System.Text;
using EdgeQueue.Mqtt.Packets;
using static EdgeQueue.Mqtt.Tests.Packets.PacketAssert;

namespace EdgeQueue.Mqtt.Tests.Packets;

public sealed class ConnectPacketTests
{
    [Fact]
    public void Encode_MinimalConnect_MatchesSpecBytes()
    {
        var bytes = MqttPacketEncoder.Encode(new ConnectPacket { ClientId = "c1", CleanSession = true, KeepAliveSeconds = 60 });

        // 0x10, remaining 14, "MQTT", level 4, flags 0x02 (clean), keep-alive 60, client id "c1".
        Assert.Equal(Hex("10 0E 0004 4D515454 04 02 003C 0002 6331"), bytes);
    }

    [Fact]
    public void Encode_AllFields_SetsFlagsInSpecOrder()
    {
        var packet = new ConnectPacket
        {
            ClientId = "d",
            CleanSession = false,
            KeepAliveSeconds = 10,
            Username = "u",
            Password = "p"u8.ToArray(),
            Will = new MqttWill { Topic = "w", Payload = "x"u8.ToArray(), QualityOfService = MqttQualityOfService.AtLeastOnce, Retain = true },
        };

        var bytes = MqttPacketEncoder.Encode(packet);

        // flags: user 0x80 | password 0x40 | will retain 0x20 | will QoS 1 (0x08) | will 0x04 = 0xEC
        Assert.Equal(Hex("10 19 0004 4D515454 04 EC 000A 0001 64 0001 77 0001 78 0001 75 0001 70"), bytes);
    }

    [Fact]
    public void RoundTrip_AllFields_KeepsEveryValue()
    {
        var packet = new ConnectPacket
        {
            ClientId = "disp-01",
            CleanSession = false,
            KeepAliveSeconds = 30,
            Username = "użytkownik",
            Password = new byte[] { 0, 1, 255 },
            Will = new MqttWill { Topic = "eq/v1/s/device/disp-01/state", Payload = "{\"online\":false}"u8.ToArray(), QualityOfService = MqttQualityOfService.ExactlyOnce, Retain = true },
        };

        var decoded = RoundTrip(packet);

        Assert.Equal("disp-01", decoded.ClientId);
        Assert.False(decoded.CleanSession);
        Assert.Equal(30, decoded.KeepAliveSeconds);
        Assert.Equal("użytkownik", decoded.Username);
        Assert.Equal(new byte[] { 0, 1, 255 }, decoded.Password!.Value.ToArray());
        Assert.Equal(packet.Will.Topic, decoded.Will!.Topic);
        Assert.Equal(packet.Will.Payload.ToArray(), decoded.Will.Payload.ToArray());
        Assert.Equal(MqttQualityOfService.ExactlyOnce, decoded.Will.QualityOfService);
        Assert.True(decoded.Will.Retain);
    }

    [Fact]
    public void Decode_ProtocolLevel3_ThrowsWithConnAckCode1()
    {
        var error = DecodeFails(Hex("10 0E 0004 4D515454 03 02 003C 0002 6331"), MqttProtocolError.UnsupportedProtocolLevel);

        Assert.Equal(ConnectReturnCode.UnacceptableProtocolVersion, error.ConnAckCode);
    }

    [Fact]
    public void Decode_Mqtt31ProtocolName_ThrowsWithConnAckCode1()
    {
        var name = Encoding.ASCII.GetBytes("MQIsdp");
        byte[] bytes = [0x10, 16, 0, 6, .. name, 3, 2, 0, 60, 0, 2, 0x63, 0x31];

        var error = DecodeFails(bytes, MqttProtocolError.UnsupportedProtocolLevel);

        Assert.Equal(ConnectReturnCode.UnacceptableProtocolVersion, error.ConnAckCode);
    }

    [Fact]
    public void Decode_UnknownProtocolName_ThrowsWithoutConnAckCode()
    {
        var error = DecodeFails(Hex("10 0E 0004 4D515455 04 02 003C 0002 6331"), MqttProtocolError.InvalidProtocolName);

        Assert.Null(error.ConnAckCode);
    }

    [Theory]
    [InlineData(0x03)] // reserved bit
    [InlineData(0x42)] // password without user name
    [InlineData(0x0A)] // will QoS without will flag
    [InlineData(0x22)] // will retain without will flag
    public void Decode_InconsistentFlags_ThrowsInvalidConnectFlags(byte flags)
    {
        var bytes = Hex("10 0E 0004 4D515454 04 02 003C 0002 6331");
        bytes[9] = flags;

        DecodeFails(bytes, MqttProtocolError.InvalidConnectFlags);
    }

    [Fact]
    public void Decode_WillQos3_ThrowsInvalidQualityOfService()
    {
        DecodeFails(Hex("10 14 0004 4D515454 04 1E 003C 0002 6331 0001 77 0001 78"), MqttProtocolError.InvalidQualityOfService);
    }

    [Fact]
    public void Decode_EmptyClientIdWithPersistentSession_ThrowsIdentifierRejected()
    {
        var error = DecodeFails(Hex("10 0C 0004 4D515454 04 00 003C 0000"), MqttProtocolError.IdentifierRejected);

        Assert.Equal(ConnectReturnCode.IdentifierRejected, error.ConnAckCode);
    }

    [Fact]
    public void Decode_EmptyClientIdWithCleanSession_IsAccepted()
    {
        var packet = Assert.IsType<ConnectPacket>(Decode(Hex("10 0C 0004 4D515454 04 02 003C 0000")));

        Assert.Equal("", packet.ClientId);
    }

    [Fact]
    public void Decode_WillTopicWithWildcard_ThrowsInvalidTopicName()
    {
        DecodeFails(Hex("10 14 0004 4D515454 04 06 003C 0002 6331 0001 23 0001 78"), MqttProtocolError.InvalidTopicName);
    }

    [Fact]
    public void Decode_MissingPayloadField_ThrowsMalformed()
    {
        // The user name flag is set but the packet ends after the client id.
        DecodeFails(Hex("10 0E 0004 4D515454 04 82 003C 0002 6331"), MqttProtocolError.MalformedPacket);
    }

    [Fact]
    public void Encode_PasswordWithoutUserName_Throws()
    {
        var packet = new ConnectPacket { ClientId = "c", Password = new byte[] { 1 } };

        var error = Assert.Throws<MqttProtocolException>(() => MqttPacketEncoder.Encode(packet));

        Assert.Equal(MqttProtocolError.InvalidConnectFlags, error.Error);
    }
}
