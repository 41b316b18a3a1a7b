namespace EdgeQueue.Simulator.Devices;

/// <summary>
/// What came of a button press: ignored by the device (busy, offline, out of paper, rate limit),
/// sent and answered, or sent and never answered within the device's own timeout.
/// </summary>
internal sealed record PressOutcome(bool Sent, DeviceReplySeen? Reply, string? IgnoredBecause = null)
{
    public static PressOutcome Ignored(string why) => new(false, null, why);

    public bool Answered => Reply is not null;
}
