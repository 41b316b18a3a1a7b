using System.Collections.Concurrent;
using System.Globalization;
using EdgeQueue.Hosting;
using EdgeQueue.Testing;
using Xunit.Abstractions;

namespace EdgeQueue.Sync.Tests.Support;

/// <summary>
/// A central instance as production runs it: <c>EdgeQueue.Central.dll</c> (beside the tests) as a
/// process of its own on a shared PostgreSQL database, with its own MQTT client id; killed with
/// SIGKILL when a test wants it dead. Its output lines are kept for the test to read.
/// </summary>
internal sealed class CentralProcess : IAsyncDisposable
{
    private readonly ServiceProcess _process;
    private readonly ConcurrentQueue<string> _lines;

    private CentralProcess(string name, Uri address, ServiceProcess process, ConcurrentQueue<string> lines)
    {
        Name = name;
        Address = address;
        _process = process;
        _lines = lines;
    }

    public string Name { get; }

    /// <summary>Its web address (booking pages, staff pages, API).</summary>
    public Uri Address { get; }

    public bool HasExited => _process.HasExited;

    public IEnumerable<string> Lines => _lines;

    public static async Task<CentralProcess> StartAsync(ITestOutputHelper output, string name, string dataFolder, string connectionString,
        CentralBroker broker, TimeSpan ownershipPoll)
    {
        var c = CultureInfo.InvariantCulture;
        var address = new Uri(string.Create(c, $"http://127.0.0.1:{FreePort.Next()}/"));
        var settings = CentralUnderTest.SharedBookingSettings.Concat(CentralUnderTest.Settings(broker))
            .Append(new("Central:Sync:ClientId", $"edgequeue-{name}"))
            .Append(new("Central:Sync:OwnershipPollInterval", ownershipPoll.ToString("c", c)))
            .Append(new("Central:PublicBaseUrl", address.AbsoluteUri.TrimEnd('/')));
        var lines = new ConcurrentQueue<string>();
        var process = await ServiceProcess.StartAsync(new ServiceProcessOptions
        {
            Name = name,
            Program = Path.Combine(AppContext.BaseDirectory, "EdgeQueue.Central.dll"),
            Arguments =
            [
                "--data", dataFolder,
                "--urls", address.AbsoluteUri.TrimEnd('/'),
                "--connection", connectionString,
                .. settings.Select(s => $"--{s.Key}={s.Value}"),
            ],
            ReadyUrl = address,
            Output = line =>
            {
                lines.Enqueue(line);
                Log(output, $"[{name}] {line}");
            },
        }, CancellationToken.None);
        return new CentralProcess(name, address, process, lines);
    }

    /// <summary>True once this instance said it serves <paramref name="site"/>.</summary>
    public bool Serves(string site) => _lines.Any(l => l.Contains($"Site {site}: served by this central", StringComparison.Ordinal));

    /// <summary>SIGKILL: no clean stop, no goodbye to the broker or the database.</summary>
    public void KillHard() => _process.Kill();

    public ValueTask DisposeAsync() => _process.DisposeAsync();

    private static void Log(ITestOutputHelper output, string line)
    {
        try
        {
            output.WriteLine(line);
        }
        catch (InvalidOperationException)
        {
            // The test has ended; a late line of a process still stopping goes nowhere.
        }
    }
}
