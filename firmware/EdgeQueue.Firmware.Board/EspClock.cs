using System;
using EdgeQueue.Firmware.Core.Hardware;

namespace EdgeQueue.Firmware.Board
{
    /// <summary>Milliseconds since boot: monotonic, unaffected by SNTP setting the wall clock.</summary>
    public sealed class EspClock : IClock
    {
        public long NowMs
        {
            get { return Environment.TickCount64; }
        }
    }
}
