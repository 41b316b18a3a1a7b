using System.Buffers;
using EdgeQueue.Mqtt.Packets;
using static EdgeQueue.Mqtt.Tests.Packets.PacketAssert;

namespace EdgeQueue.Mqtt.Tests.Packets;

public sealed class MqttPacketDecoderTests
{
    private static readonly byte[] TwoPackets = [.. Hex("30 07 0003 612F62 6869"), .. Hex("C0 00")];

    [Fact]
    public void TryDecode_EveryPrefixOfAPacket_NeedsMoreBytes()
    {
        var decoder = new MqttPacketDecoder();
        var packet = Hex("30 07 0003 612F62 6869");

        for (var length = 0; length < packet.Length; length++)
        {
            Assert.False(decoder.TryDecode(packet.AsSpan(0, length), out _, out var consumed));
            Assert.Equal(0, consumed);
        }
    }

    [Fact]
    public void TryDecode_TwoPacketsInOneBuffer_ReturnsThemOneByOne()
    {
        var decoder = new MqttPacketDecoder();

        Assert.True(decoder.TryDecode(TwoPackets, out var first, out var consumed));
        Assert.IsType<PublishPacket>(first);
        Assert.True(decoder.TryDecode(TwoPackets.AsSpan(consumed), out var second, out var secondConsumed));
        Assert.Same(PingReqPacket.Instance, second);
        Assert.Equal(TwoPackets.Length, consumed + secondConsumed);
    }

    [Fact]
    public void TryDecode_SequenceSplitIntoSingleBytes_DecodesLikeOneSpan()
    {
        var decoder = new MqttPacketDecoder();
        var sequence = SplitIntoSegments(TwoPackets, 1);

        Assert.True(decoder.TryDecode(sequence, out var first, out var position));
        var publish = Assert.IsType<PublishPacket>(first);
        Assert.Equal("a/b", publish.Topic);
        Assert.Equal("hi"u8.ToArray(), publish.Payload.ToArray());
        Assert.True(decoder.TryDecode(sequence.Slice(position), out var second, out var end));
        Assert.Same(PingReqPacket.Instance, second);
        Assert.Equal(sequence.End, end);
    }

    [Fact]
    public void TryDecode_IncompleteSequence_NeedsMoreBytes()
    {
        var decoder = new MqttPacketDecoder();

        Assert.False(decoder.TryDecode(SplitIntoSegments(TwoPackets.AsSpan(0, 6).ToArray(), 2), out _, out _));
    }

    [Fact]
    public void TryDecode_HeaderAnnouncesMoreThanLimit_ThrowsBeforeBodyArrives()
    {
        var decoder = new MqttPacketDecoder(maximumPacketSize: 1024);

        // PUBLISH announcing 2,000 bytes (0xD0 0x0F): only the fixed header is present.
        var error = Assert.Throws<MqttProtocolException>(() => decoder.TryDecode(Hex("30 D0 0F"), out _, out _));

        Assert.Equal(MqttProtocolError.PacketTooLarge, error.Error);
    }

    [Fact]
    public void TryDecode_FifthLengthByte_ThrowsMalformedRemainingLength()
    {
        DecodeFails(Hex("30 FF FF FF FF 01"), MqttProtocolError.MalformedRemainingLength);
    }

    [Fact]
    public void TryDecode_FourContinuationBytesWithoutMore_ThrowsAtOnce()
    {
        var decoder = new MqttPacketDecoder();

        var error = Assert.Throws<MqttProtocolException>(() => decoder.TryDecode(Hex("30 80 80 80 80"), out _, out _));

        Assert.Equal(MqttProtocolError.MalformedRemainingLength, error.Error);
    }

    [Fact]
    public void TryDecode_TruncatedLengthField_NeedsMoreBytes()
    {
        Assert.False(new MqttPacketDecoder().TryDecode(Hex("30 80 80"), out _, out _));
    }

    [Fact]
    public void TryDecode_LargestAllowedPacket_Decodes()
    {
        var decoder = new MqttPacketDecoder(maximumPacketSize: 200_000);
        var bytes = MqttPacketEncoder.Encode(new PublishPacket { Topic = "t", Payload = new byte[200_000 - 7] });

        Assert.Equal(200_000, bytes.Length);
        Assert.True(decoder.TryDecode(bytes, out var packet, out _));
        Assert.Equal(200_000 - 7, Assert.IsType<PublishPacket>(packet).Payload.Length);
    }

    private static ReadOnlySequence<byte> SplitIntoSegments(byte[] bytes, int size)
    {
        Segment? first = null;
        Segment? last = null;
        for (var i = 0; i < bytes.Length; i += size)
        {
            var chunk = bytes.AsMemory(i, Math.Min(size, bytes.Length - i));
            last = last is null ? first = new Segment(chunk, 0) : last.Append(chunk);
        }

        return new ReadOnlySequence<byte>(first!, 0, last!, last!.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
