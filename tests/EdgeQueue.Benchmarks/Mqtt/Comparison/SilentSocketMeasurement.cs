using System.Globalization;
using EdgeQueue.Benchmarks.Mqtt.Brokers;

namespace EdgeQueue.Benchmarks.Mqtt.Comparison;

/// <summary>A socket that connects and never sends CONNECT: how long until the broker closes it?</summary>
internal sealed class SilentSocketMeasurement : IBrokerMeasurement
{
    public string Title => "silent socket before CONNECT closed after";

    public bool WaitsOnly => true;

    public async Task<MeasuredCell> MeasureAsync(IBrokerLauncher broker, ComparisonSettings settings, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(settings);
        await using var running = await broker.StartAsync(BrokerSetup.Anonymous, cancellation);
        using var socket = await RawSocket.OpenAsync(running.Port, cancellation);
        var closedAfter = await socket.WaitForCloseAsync(settings.SilentSocketCap, cancellation);
        return new MeasuredCell(closedAfter is { } elapsed
            ? string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalSeconds:F1} s")
            : string.Create(CultureInfo.InvariantCulture, $"> {settings.SilentSocketCap.TotalSeconds:F0} s (still open)"));
    }
}
