using EdgeQueue.Firmware.NanoStubs;

namespace nanoFramework.Hardware.Esp32
{
    public class NativeMemory
    {
        public enum MemoryType
        {
            All = 0,
            Internal = 1,
            SpiRam = 2,
        }

        public static void GetMemoryInfo(MemoryType memType, out uint totalSize, out uint totalFreeSize, out uint largestFreeBlock) =>
            throw new NotOnHostException();
    }
}
