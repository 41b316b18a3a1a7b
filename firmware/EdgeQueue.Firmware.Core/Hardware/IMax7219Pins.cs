namespace EdgeQueue.Firmware.Core.Hardware
{
    /// <summary>
    /// The three push-pull outputs wired to a MAX7219 module: DIN, CLK and LOAD (CS). The device has
    /// no SPI library in its 1.x API set, so the frames are bit-banged on these
    /// (docs/decisions/0007-counter-display-bit-banged-max7219.md).
    /// </summary>
    public interface IMax7219Pins
    {
        void SetData(bool high);

        void SetClock(bool high);

        void SetLoad(bool high);
    }
}
