using EdgeQueue.Firmware.Core.Diagnostics;
using EdgeQueue.Firmware.Tests.Fakes;

namespace EdgeQueue.Firmware.Tests.Diagnostics;

public sealed class DeviceLogTests
{
    private sealed class RecordingSink : ILogSink
    {
        public List<string> Lines { get; } = [];

        public void Write(string line) => Lines.Add(line);
    }

    [Fact]
    public void Add_Line_StampedWithSecondsSinceBootAndWrittenToTheSink()
    {
        var clock = new FakeClock();
        var log = new DeviceLog(clock);
        var sink = new RecordingSink();
        log.Sink = sink;

        clock.Advance(12_345);
        log.Add("online on 10.0.0.2:1883");

        Assert.Equal(["12 s online on 10.0.0.2:1883"], sink.Lines);
        Assert.Equal(["12 s online on 10.0.0.2:1883"], log.Recent());
    }

    [Fact]
    public void Recent_MoreLinesThanKept_KeepsTheNewestOldestFirst()
    {
        var clock = new FakeClock();
        var log = new DeviceLog(clock);

        for (var i = 1; i <= 8; i++)
        {
            clock.Advance(1000);
            log.Add("line " + i);
        }

        Assert.Equal(["4 s line 4", "5 s line 5", "6 s line 6", "7 s line 7", "8 s line 8"], log.Recent());
        Assert.Equal(8, log.Written);
    }

    [Fact]
    public void Add_SameTextBackToBack_KeptOnceWithACountButEachWrittenToTheSink()
    {
        var clock = new FakeClock();
        var log = new DeviceLog(clock) { Sink = new RecordingSink() };
        log.Add("online on h:1");
        for (var i = 0; i < 3; i++)
        {
            clock.Advance(10_000);
            log.Add("Wi-Fi 'x' not joined");
        }

        Assert.Equal(["0 s online on h:1", "30 s Wi-Fi 'x' not joined (x3)"], log.Recent());
        Assert.Equal(4, ((RecordingSink)log.Sink).Lines.Count);
    }

    [Fact]
    public void Add_LongLine_ShortenedForTheStateButWholeOnTheConsole()
    {
        var log = new DeviceLog(new FakeClock());
        var sink = new RecordingSink();
        log.Sink = sink;

        log.Add(new string('x', 200));

        Assert.Equal(DeviceLog.MaxLineLength, log.Recent()[0].Length);
        Assert.EndsWith("...", log.Recent()[0], StringComparison.Ordinal);
        Assert.Equal(204, sink.Lines[0].Length);
    }

    [Fact]
    public void Recent_NothingLogged_IsEmpty() => Assert.Empty(new DeviceLog(new FakeClock()).Recent());
}
