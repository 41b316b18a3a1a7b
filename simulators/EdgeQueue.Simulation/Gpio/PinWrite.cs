namespace EdgeQueue.Simulation.Gpio;

/// <summary>One write to an output pin: its number and whether it went high.</summary>
public sealed record PinWrite(int Pin, bool High);
