using System.Threading;

namespace EdgeQueue.Firmware.Board
{
    /// <summary>The pace of the device loop: edges and messages are handled within this many ms.</summary>
    public static class DeviceLoop
    {
        public const int PeriodMs = 10;

        public static void Pause()
        {
            Thread.Sleep(PeriodMs);
        }
    }
}
