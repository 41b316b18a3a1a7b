using System.Diagnostics;

namespace EdgeQueue.Benchmarks.Mqtt.Brokers;

/// <summary>Resident memory of a broker process, as the kernel reports it (/proc/PID/stat, via <see cref="Process"/>).</summary>
internal static class ProcessMemory
{
    public static double ResidentMegabytes(int processId)
    {
        using var process = Process.GetProcessById(processId);
        return process.WorkingSet64 / (1024.0 * 1024.0);
    }
}
