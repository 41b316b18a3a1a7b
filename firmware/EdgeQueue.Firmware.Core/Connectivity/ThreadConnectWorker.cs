using System.Threading;
using EdgeQueue.Firmware.Core.Hardware;

namespace EdgeQueue.Firmware.Core.Connectivity
{
    /// <summary>Each join on a thread of its own, which ends with the join (one at a time).</summary>
    public sealed class ThreadConnectWorker : IConnectWorker
    {
        public void Start(ThreadStart job)
        {
            new Thread(job).Start();
        }
    }
}
