using EdgeQueue.Simulator.Devices;

namespace EdgeQueue.Simulator.People;

/// <summary>The buttons a clerk presses (the simulated keypad; a scripted one in tests).</summary>
internal interface IClerkKeypad
{
    Task<PressOutcome> PressAsync(int button, TimeSpan timeout, CancellationToken cancellationToken);

    Task<PressOutcome> TransferAsync(string category, TimeSpan timeout, CancellationToken cancellationToken);
}
