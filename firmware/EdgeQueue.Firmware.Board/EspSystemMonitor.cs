using EdgeQueue.Firmware.Core.Hardware;

namespace EdgeQueue.Firmware.Board
{
    /// <summary>Free managed heap, as nanoFramework's garbage collector reports it.</summary>
    public sealed class EspSystemMonitor : ISystemMonitor
    {
        public long FreeMemoryBytes
        {
            // Run(false): report without compacting; a full collection here would stall the loop.
            get { return nanoFramework.Runtime.Native.GC.Run(false); }
        }
    }
}
