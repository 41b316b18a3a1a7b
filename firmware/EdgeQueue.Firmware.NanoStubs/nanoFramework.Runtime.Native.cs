using EdgeQueue.Firmware.NanoStubs;

namespace nanoFramework.Runtime.Native
{
    public static class GC
    {
        public static uint Run(bool compactHeap) => throw new NotOnHostException();
    }

    public enum RebootOption
    {
        NormalReboot = 0,
        EnterNanoBooter = 1,
        ClrOnly = 2,
        EnterProprietaryBooter = 4,
    }

    public static class Power
    {
        public static void RebootDevice(RebootOption option) => throw new NotOnHostException();
    }
}
