namespace EdgeQueue.Firmware.Core.Lights
{
    /// <summary>How an LED (or the whole display) is lit over time.</summary>
    public enum LightPattern
    {
        Off = 0,
        On = 1,

        /// <summary>1 Hz: waiting for something (offline, not configured).</summary>
        BlinkSlow = 2,

        /// <summary>4 Hz: something just happened or is happening (printing, reply, identify).</summary>
        BlinkFast = 3,
    }
}
