using EdgeQueue.Firmware.Core.Hardware;

namespace EdgeQueue.Firmware.Core.Connectivity
{
    /// <summary>
    /// The random per-boot part of event ids: 8 hex digits (about 32 bits). With 16 bits two boots of
    /// the same device would share a boot id about once in 65,536 pairs, and the hub would then answer
    /// a new ticket request with an old ticket; 32 bits make that a non-event. The first digit is never
    /// 0: the contract's canonical id has no leading zeros (protocol/golden/rules/event-ids.json), and
    /// the hub refuses any other spelling.
    /// </summary>
    public static class BootId
    {
        public static string Create(IRandom random)
        {
            return (0x1000 + random.Next(0xf000)).ToString("x4") + random.Next(0x10000).ToString("x4");
        }
    }
}
