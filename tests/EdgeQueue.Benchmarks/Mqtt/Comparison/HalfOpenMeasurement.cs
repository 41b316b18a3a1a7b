using System.Diagnostics;
using System.Globalization;
using EdgeQueue.Benchmarks.Mqtt.Brokers;

namespace EdgeQueue.Benchmarks.Mqtt.Comparison;

/// <summary>
/// 1,100 sockets connect and never send CONNECT (half-open MQTT sessions, as from a scan or a flood);
/// right after, a real client connects: does it get in?
/// </summary>
internal sealed class HalfOpenMeasurement : IBrokerMeasurement
{
    private const int Sockets = 1_100;

    public string Title => string.Create(CultureInfo.InvariantCulture, $"{Sockets:N0} half-open sockets, then a real client connects");

    public async Task<MeasuredCell> MeasureAsync(IBrokerLauncher broker, ComparisonSettings settings, CancellationToken cancellation)
    {
        await using var running = await broker.StartAsync(BrokerSetup.Anonymous, cancellation);
        var sockets = new List<RawSocket>(Sockets);
        try
        {
            var opening = Stopwatch.StartNew();
            for (var i = 0; i < Sockets; i++)
            {
                sockets.Add(await RawSocket.OpenAsync(running.Port, cancellation));
            }

            // Let the broker accept them all before the real client comes (well within a 10 s CONNECT timeout).
            await Task.Delay(TimeSpan.FromSeconds(1), cancellation);
            var refusal = await BrokerProbe.RefusalAsync(running.Port, "bench-real", cancellation);
            var detail = string.Create(CultureInfo.InvariantCulture, $"{Sockets} sockets opened in {opening.Elapsed.TotalSeconds:F1} s");
            return new MeasuredCell(refusal is null ? "yes" : $"**no** ({refusal})", [detail]);
        }
        finally
        {
            sockets.ForEach(s => s.Dispose());
        }
    }
}
