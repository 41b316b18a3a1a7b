namespace EdgeQueue.Firmware.Core.CounterDisplay
{
    /// <summary>What the counter display is doing.</summary>
    public enum CounterDisplayMode
    {
        /// <summary>No broker, or the hub is gone: "OFF" or "HUb-".</summary>
        Offline = 0,

        /// <summary>Online, no counter number in the hub's config yet: "St--".</summary>
        Unconfigured = 1,

        /// <summary>The counter serves nobody (idle or closed): every digit off.</summary>
        Dark = 2,

        /// <summary>The ticket being served at this counter, blinking for a while after a call or recall.</summary>
        Serving = 3,
    }
}
