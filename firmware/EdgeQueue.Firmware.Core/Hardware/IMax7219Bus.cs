namespace EdgeQueue.Firmware.Core.Hardware
{
    /// <summary>
    /// The MAX7219's serial input: one 16-bit frame per call, register address in the high byte and
    /// data in the low byte, latched into the chip when the frame ends (LOAD/CS rising).
    /// </summary>
    public interface IMax7219Bus
    {
        void Write(byte register, byte data);
    }
}
