namespace EdgeQueue.Firmware.Core.Diagnostics
{
    /// <summary>Where log lines go as they happen (on the device: the serial console).</summary>
    public interface ILogSink
    {
        void Write(string line);
    }
}
