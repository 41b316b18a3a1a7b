namespace EdgeQueue.Firmware.Core.Hardware
{
    /// <summary>
    /// A monotonic millisecond clock (on the device: <c>Environment.TickCount64</c>). Never the wall
    /// clock: debounce, back-off and timeouts must not jump when SNTP corrects the time.
    /// </summary>
    public interface IClock
    {
        long NowMs { get; }
    }
}
