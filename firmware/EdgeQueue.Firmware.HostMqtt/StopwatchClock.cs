using System.Diagnostics;
using EdgeQueue.Firmware.Core.Hardware;

namespace EdgeQueue.Firmware.HostMqtt;

/// <summary>The firmware's monotonic millisecond clock on the host (what Environment.TickCount64 is on the device).</summary>
public sealed class StopwatchClock : IClock
{
    private readonly long _start = Stopwatch.GetTimestamp();

    public long NowMs => (long)Stopwatch.GetElapsedTime(_start).TotalMilliseconds;
}
