using EdgeQueue.Firmware.NanoStubs;

namespace nanoFramework.Runtime.Native
{
    public static class GC
    {
        public static uint Run(bool compactHeap) => throw new NotOnHostException();
    }
}
