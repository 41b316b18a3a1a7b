using EdgeQueue.Central.Sync.Link;
using EdgeQueue.Testing;

namespace EdgeQueue.Sync.Tests.Support;

/// <summary>
/// One RabbitMQ node for the <see cref="RabbitMqCollection"/>: central's login and a hub login for
/// each of <see cref="Sites"/>, with the permissions <see cref="SyncAccessRules.RabbitMq"/> translates
/// from the sync ACL. Each test leases a virtual host of its own (its own MQTT port), so no session,
/// queued message or retained ack of one test reaches the next.
/// </summary>
public sealed class RabbitMqNode : IAsyncLifetime
{
    public static readonly IReadOnlyList<string> Sites = [CentralUnderTest.Site, "torun-rynek"];
    private const int VirtualHosts = 24;
    private int _leased;
    private RabbitMqRunner? _runner;

    public RabbitMqRunner Runner => _runner ?? throw new InvalidOperationException("the RabbitMQ node has not started");

    /// <summary>How long the node took to start (printed by the scenarios beside their own durations).</summary>
    public TimeSpan StartTime { get; private set; }

    public async Task InitializeAsync()
    {
        var started = TimeProvider.System.GetTimestamp();
        var passwords = new Dictionary<string, string> { [CentralBroker.CentralUser] = CentralBroker.CentralPassword };
        foreach (var site in Sites)
        {
            passwords[CentralBroker.HubUser(site)] = CentralBroker.HubPassword(site);
        }

        _runner = await RabbitMqRunner.StartAsync(new RabbitMqOptions
        {
            Passwords = passwords,
            Permissions = SyncAccessRules.RabbitMq(CentralBroker.CentralUser, Sites.ToDictionary(CentralBroker.HubUser, s => s)),
            VirtualHosts = VirtualHosts,
        });
        StartTime = TimeProvider.System.GetElapsedTime(started);
    }

    /// <summary>The MQTT port of a virtual host no other test has used.</summary>
    public int LeaseVirtualHost()
    {
        var index = Interlocked.Increment(ref _leased) - 1;
        return index < Runner.VirtualHosts.Count
            ? Runner.VirtualHosts[index].MqttPort
            : throw new InvalidOperationException($"all {Runner.VirtualHosts.Count} virtual hosts are leased: raise RabbitMqNode.VirtualHosts");
    }

    public async Task DisposeAsync()
    {
        if (_runner is { } runner)
        {
            await runner.DisposeAsync();
        }
    }
}
