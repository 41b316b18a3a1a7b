using System.Globalization;

namespace EdgeQueue.Simulator.Faults;

/// <summary>One fault ordered for the run: what, on which device, at which time of the simulated day, for how long.</summary>
public sealed record PlannedFault(FaultKind Kind, string? Target, TimeOnly At, TimeSpan Duration, string Spec)
{
    public override string ToString() => Spec;

    public string Describe() => Kind switch
    {
        FaultKind.HubKill => string.Create(CultureInfo.InvariantCulture, $"{At:HH\\:mm} hub killed (kill -9) and started again"),
        FaultKind.BrokerRestart => string.Create(CultureInfo.InvariantCulture, $"{At:HH\\:mm} site broker stopped for {Minutes(Duration)} and started again"),
        FaultKind.WifiCut => string.Create(CultureInfo.InvariantCulture, $"{At:HH\\:mm} Wi-Fi of {Target} cut for {Minutes(Duration)}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{At:HH\\:mm} printer of {Target} out of paper for {Minutes(Duration)}"),
    };

    private static string Minutes(TimeSpan span) =>
        span.TotalMinutes >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{span.TotalMinutes:0.#} min") : string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0} s");
}
