using System.Threading;

namespace EdgeQueue.Firmware.Core.Hardware
{
    /// <summary>
    /// Runs a join (Wi-Fi, then the broker) away from the device loop, which only reads its outcome:
    /// a join can block for 20–30 s (scan, DHCP, DNS, TCP, CONNACK), and meanwhile the loop must keep
    /// reading buttons, blinking and recognising the technician's long press. The supervisor starts
    /// one job at a time and never touches the job's results before the job has finished.
    /// </summary>
    public interface IConnectWorker
    {
        void Start(ThreadStart job);
    }
}
