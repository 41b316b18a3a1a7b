using EdgeQueue.Firmware.Core.Hardware;
using nanoFramework.Hardware.Esp32;

namespace EdgeQueue.Firmware.Board
{
    /// <summary>
    /// Free internal RAM of the ESP32's native heap, read without a garbage collection: nanoFramework
    /// reports free managed memory only through <c>GC.Run</c>, which collects (false only skips
    /// compaction), and a collection on every state publish stalls the loop. The native heap is where
    /// the radio, the sockets and their buffers live, so a leak there shows in the state too.
    /// </summary>
    public sealed class EspSystemMonitor : ISystemMonitor
    {
        public long FreeMemoryBytes
        {
            get
            {
                uint total;
                uint free;
                uint largestBlock;
                NativeMemory.GetMemoryInfo(NativeMemory.MemoryType.Internal, out total, out free, out largestBlock);
                return free;
            }
        }
    }
}
