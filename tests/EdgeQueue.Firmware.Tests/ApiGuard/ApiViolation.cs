namespace EdgeQueue.Firmware.Tests.ApiGuard;

/// <summary>One reference in a compiled assembly that the device does not have.</summary>
public sealed record ApiViolation(string Reference, string Reason)
{
    public override string ToString() => $"{Reference} — {Reason}";
}
