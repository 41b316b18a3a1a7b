using System.Diagnostics;
using EdgeQueue.Firmware.Core.Hardware;

namespace EdgeQueue.Simulator.Devices;

/// <summary>
/// A device's monotonic millisecond clock. It runs in real time even when the day runs faster:
/// retransmission, keep-alive and reconnect are about real sockets and a real hub restart, and a
/// 20 s request timeout must stay 20 s of wall time. Timings that are about people (rate limit,
/// double-press guard, how long a reply is shown) are scaled in the device's settings instead.
/// </summary>
internal sealed class RealTimeDeviceClock : IClock
{
    private readonly long _start = Stopwatch.GetTimestamp();

    public long NowMs => (long)Stopwatch.GetElapsedTime(_start).TotalMilliseconds;
}
