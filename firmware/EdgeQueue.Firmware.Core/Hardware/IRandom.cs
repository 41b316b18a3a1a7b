namespace EdgeQueue.Firmware.Core.Hardware
{
    /// <summary>Randomness for the boot id and back-off jitter (on the ESP32: the hardware RNG behind System.Random).</summary>
    public interface IRandom
    {
        /// <summary>A value in [0, maxExclusive).</summary>
        int Next(int maxExclusive);
    }
}
