using System.Threading;
using EdgeQueue.Firmware.Core.Hardware;

namespace EdgeQueue.Firmware.Tests.Fakes;

/// <summary>Runs a join at once on the loop's thread, so a test on the fake clock sees its outcome in the same tick.</summary>
public sealed class InlineConnectWorker : IConnectWorker
{
    public static InlineConnectWorker Instance { get; } = new();

    public void Start(ThreadStart job) => job();
}
