using System.Runtime.InteropServices;

namespace EdgeQueue.Hosting;

/// <summary>
/// Turns Ctrl-C (SIGINT) and SIGTERM into a cancellation instead of ending the process, so a
/// long-running verb takes itself down in order and a requested stop ends with exit code 0.
/// </summary>
public sealed class StopSignal : IDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly PosixSignalRegistration[] _registrations;

    /// <param name="alsoStopWhen">Another reason to stop (the command line's own token, a --for timer).</param>
    public StopSignal(CancellationToken alsoStopWhen = default)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(alsoStopWhen);
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal),
        ];
    }

    public CancellationToken Token => _stop.Token;

    public bool Requested => _stop.IsCancellationRequested;

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
        // Keep the process alive; the verb's own shutdown ends it.
        context.Cancel = true;
        _stop.Cancel();
    }
}
