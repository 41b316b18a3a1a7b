using EdgeQueue.Hardware.Gpio;

namespace EdgeQueue.Hardware.Tests.Gpio;

public sealed class GpioLineEventTests
{
    [Fact]
    public void Parse_KernelRecord_ReadsEveryField()
    {
        var bytes = new RawEvents().Edge(rising: false, atMs: 1.5, line: 22, lineSequence: 9).ToArray();

        var edge = GpioLineEvent.Parse(bytes);

        Assert.Equal(new GpioLineEvent(5_001_500_000UL, GpioEdge.Falling, 22, 1, 9), edge);
        Assert.Equal(TimeSpan.FromTicks(50_015_000), edge.Timestamp);
    }

    [Fact]
    public void Parse_UnknownEventId_IsAFormatError()
    {
        var bytes = new RawEvents().Press(0).ToArray();
        bytes[8] = 7;

        var error = Assert.Throws<FormatException>(() => GpioLineEvent.Parse(bytes));

        Assert.Contains("Unknown gpio_v2_line_event id 7", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ShortRecord_IsAFormatError() =>
        Assert.Throws<FormatException>(() => GpioLineEvent.Parse(new byte[47]));

    [Fact]
    public async Task ReadEdgesAsync_RecordsSplitAcrossReads_AreReassembled()
    {
        var bytes = new RawEvents().Press(0).Release(120).Press(400).Release(410).ToArray();
        var source = new GpioEventStreamSource(new TrickleStream(bytes, chunk: 7));

        var edges = await source.ReadEdgesAsync(CancellationToken.None).ToListAsync();

        Assert.Equal([GpioEdge.Rising, GpioEdge.Falling, GpioEdge.Rising, GpioEdge.Falling], edges.Select(e => e.Edge));
        Assert.Equal([1u, 2u, 3u, 4u], edges.Select(e => e.Sequence));
    }

    [Fact]
    public async Task ReadEdgesAsync_StreamEndsInsideARecord_Throws()
    {
        var bytes = new RawEvents().Press(0).ToArray()[..30];
        var source = new GpioEventStreamSource(new MemoryStream(bytes));

        await Assert.ThrowsAsync<EndOfStreamException>(async () => await source.ReadEdgesAsync(CancellationToken.None).ToListAsync());
    }
}
