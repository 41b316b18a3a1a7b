using EdgeQueue.Mqtt.Packets;
using static EdgeQueue.Mqtt.Tests.Packets.PacketAssert;

namespace EdgeQueue.Mqtt.Tests.Packets;

/// <summary>SUBSCRIBE, SUBACK and UNSUBSCRIBE.</summary>
public sealed class SubscriptionPacketTests
{
    [Fact]
    public void Encode_Subscribe_MatchesSpecBytes()
    {
        // The example of §3.8.3: "a/b" QoS 1 and "c/d" QoS 2, packet id 10.
        var packet = new SubscribePacket(10, [new("a/b", MqttQualityOfService.AtLeastOnce), new("c/d", MqttQualityOfService.ExactlyOnce)]);

        Assert.Equal(Hex("82 0E 000A 0003 612F62 01 0003 632F64 02"), MqttPacketEncoder.Encode(packet));
    }

    [Fact]
    public void RoundTrip_Subscribe_KeepsFiltersInOrder()
    {
        var decoded = RoundTrip(new SubscribePacket(5, [new("eq/v1/+/device/#", MqttQualityOfService.AtLeastOnce), new("#", MqttQualityOfService.AtMostOnce)]));

        Assert.Equal(5, decoded.PacketId);
        Assert.Equal(["eq/v1/+/device/#", "#"], decoded.Subscriptions.Select(s => s.TopicFilter));
        Assert.Equal([MqttQualityOfService.AtLeastOnce, MqttQualityOfService.AtMostOnce], decoded.Subscriptions.Select(s => s.QualityOfService));
    }

    [Fact]
    public void Encode_SubAck_MatchesSpecBytes()
    {
        var packet = new SubAckPacket(10, [SubscribeReturnCode.GrantedQos0, SubscribeReturnCode.GrantedQos2, SubscribeReturnCode.Failure]);

        Assert.Equal(Hex("90 05 000A 00 02 80"), MqttPacketEncoder.Encode(packet));
    }

    [Fact]
    public void RoundTrip_SubAck_KeepsCodes()
    {
        var decoded = RoundTrip(new SubAckPacket(3, [SubscribeReturnCode.GrantedQos1, SubscribeReturnCode.Failure]));

        Assert.Equal([SubscribeReturnCode.GrantedQos1, SubscribeReturnCode.Failure], decoded.ReturnCodes);
    }

    [Fact]
    public void Encode_Unsubscribe_MatchesSpecBytes()
    {
        Assert.Equal(Hex("A2 0E 0011 0003 612F62 0005 652F2B2F23"), MqttPacketEncoder.Encode(new UnsubscribePacket(17, ["a/b", "e/+/#"])));
    }

    [Fact]
    public void RoundTrip_Unsubscribe_KeepsFilters()
    {
        var decoded = RoundTrip(new UnsubscribePacket(17, ["a/b", "e/+/#"]));

        Assert.Equal(["a/b", "e/+/#"], decoded.TopicFilters);
    }

    [Fact]
    public void Decode_SubscribeWithoutFilters_ThrowsEmptyTopicList()
    {
        DecodeFails(Hex("82 02 0001"), MqttProtocolError.EmptyTopicList);
    }

    [Fact]
    public void Decode_UnsubscribeWithoutFilters_ThrowsEmptyTopicList()
    {
        DecodeFails(Hex("A2 02 0001"), MqttProtocolError.EmptyTopicList);
    }

    [Theory]
    [InlineData("82 06 0001 0001 61 03")] // QoS 3
    [InlineData("82 06 0001 0001 61 41")] // reserved bits in the QoS byte
    public void Decode_SubscribeBadQosByte_ThrowsInvalidQualityOfService(string hex)
    {
        DecodeFails(Hex(hex), MqttProtocolError.InvalidQualityOfService);
    }

    [Theory]
    [InlineData("82 07 0001 0002 612B 00")] // "a+"
    [InlineData("82 08 0001 0003 232F61 00")] // "#/a"
    public void Decode_SubscribeInvalidFilter_ThrowsInvalidTopicFilter(string hex)
    {
        DecodeFails(Hex(hex), MqttProtocolError.InvalidTopicFilter);
    }

    [Fact]
    public void Decode_SubscribeWithoutRequiredFlags_ThrowsInvalidFixedHeaderFlags()
    {
        DecodeFails(Hex("80 06 0001 0001 61 00"), MqttProtocolError.InvalidFixedHeaderFlags);
    }

    [Fact]
    public void Decode_SubAckUndefinedCode_ThrowsInvalidReturnCode()
    {
        DecodeFails(Hex("90 03 0001 03"), MqttProtocolError.InvalidReturnCode);
    }
}
