using System.Runtime.InteropServices;

namespace EdgeQueue.Broker;

/// <summary>Turns Ctrl-C (SIGINT) and SIGTERM into a cancellation, so the broker stops cleanly and exits 0.</summary>
internal sealed class StopSignal : IDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly PosixSignalRegistration[] _registrations;

    public StopSignal(CancellationToken alsoStopWhen)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(alsoStopWhen);
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal),
        ];
    }

    public CancellationToken Token => _stop.Token;

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _stop.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        // Keep the process alive; the broker's own shutdown ends it.
        context.Cancel = true;
        _stop.Cancel();
    }
}
