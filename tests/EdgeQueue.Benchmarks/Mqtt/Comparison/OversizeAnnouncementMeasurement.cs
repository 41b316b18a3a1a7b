using System.Globalization;
using EdgeQueue.Benchmarks.Mqtt.Brokers;

namespace EdgeQueue.Benchmarks.Mqtt.Comparison;

/// <summary>
/// Four sockets that never authenticate each announce a CONNECT of 256 MB (the largest remaining
/// length MQTT can express) and send its first bytes: does the broker reserve that memory up front?
/// Then each sends up to <see cref="Streamed"/> MB more of that packet, as long as the broker reads:
/// a broker that allocated the announced size now really holds it. Users are required (hall
/// setup), so nothing here got past authentication.
/// </summary>
internal sealed class OversizeAnnouncementMeasurement : IBrokerMeasurement
{
    private const int Sockets = 4;
    private const int Streamed = 64;
    private static readonly TimeSpan Watch = TimeSpan.FromSeconds(3);

    /// <summary>0x10 (CONNECT), remaining length 268,435,455, then the start of a CONNECT's variable header.</summary>
    private static readonly byte[] Announcement = [0x10, 0xFF, 0xFF, 0xFF, 0x7F, .. MqttBytes.ConnectHeader(0xC2)];

    public string Title => $"{Sockets} unauthenticated sockets announcing 256 MB packets: broker RSS";

    public async Task<MeasuredCell> MeasureAsync(IBrokerLauncher broker, ComparisonSettings settings, CancellationToken cancellation)
    {
        await using var running = await broker.StartAsync(BrokerSetup.Hall, cancellation);
        await Task.Delay(TimeSpan.FromSeconds(1), cancellation);
        var before = running.ResidentMegabytes();

        var sockets = new List<RawSocket>();
        try
        {
            for (var i = 0; i < Sockets; i++)
            {
                var socket = await RawSocket.OpenAsync(running.Port, cancellation);
                sockets.Add(socket);
                await socket.SendAsync(Announcement, cancellation);
            }

            var closing = sockets.Select(s => s.WaitForCloseAsync(Watch, cancellation)).ToList();
            var announced = await PeakWhileAsync(running, Task.WhenAll(closing), cancellation);
            var closed = (await Task.WhenAll(closing)).Count(c => c is not null);
            var sent = await Task.WhenAll(sockets.Select(s => StreamAsync(s, cancellation)));
            var streamed = await PeakWhileAsync(running, Task.Delay(TimeSpan.FromSeconds(2), cancellation), cancellation);
            return new MeasuredCell(string.Create(CultureInfo.InvariantCulture,
                $"RSS {before:F0} → {announced:F0} MB announced, → {streamed:F0} MB after {Streamed} MB sent on each"),
                [string.Create(CultureInfo.InvariantCulture, $"{closed} of {Sockets} closed within {Watch.TotalSeconds:F0} s of the announcement; MB sent on each before the broker stopped reading or closed: {string.Join(", ", sent)}")]);
        }
        finally
        {
            sockets.ForEach(s => s.Dispose());
        }
    }

    /// <summary>The broker's highest resident memory (MB) until <paramref name="until"/> completes.</summary>
    private static async Task<double> PeakWhileAsync(IRunningBroker broker, Task until, CancellationToken cancellation)
    {
        var peak = broker.ResidentMegabytes();
        while (!until.IsCompleted)
        {
            await Task.Delay(100, cancellation);
            peak = Math.Max(peak, broker.ResidentMegabytes());
        }

        return peak;
    }

    /// <summary>Sends up to <see cref="Streamed"/> MB of the announced body; returns how many MB went out before the broker closed.</summary>
    private static async Task<int> StreamAsync(RawSocket socket, CancellationToken cancellation)
    {
        var megabyte = new byte[1024 * 1024];
        for (var sent = 0; sent < Streamed; sent++)
        {
            try
            {
                await socket.SendAsync(megabyte, cancellation).WaitAsync(TimeSpan.FromSeconds(5), cancellation);
            }
            catch (Exception e) when (e is System.Net.Sockets.SocketException or TimeoutException or IOException)
            {
                return sent;
            }
        }

        return Streamed;
    }
}
