using EdgeQueue.Mqtt.Client;
using EdgeQueue.Testing;

namespace EdgeQueue.Mqtt.Tests.Client;

/// <summary>Users, ACL and client options shared by the tests that run the client against Mosquitto.</summary>
internal static class MosquittoPeer
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    public static readonly MosquittoUser Admin = new("alice", "alice-secret");

    /// <summary>A device with DESIGN.md §5 rule 4 rights: its own event topic out, its own reply topic in.</summary>
    public static readonly MosquittoUser Device = new("disp-01", "disp-secret");

    public static MosquittoOptions Options(MosquittoTls? tls = null) => new()
    {
        Users = [Admin, Device],
        AclLines =
        [
            "user alice",
            "topic readwrite #",
            "user disp-01",
            "topic write eq/v1/s1/device/disp-01/event",
            "topic read eq/v1/s1/device/disp-01/reply",
        ],
        Tls = tls,
    };

    public static Task<MosquittoRunner> StartAsync(MosquittoTls? tls = null) => MosquittoRunner.StartAsync(Options(tls));

    public static MqttClientOptions Client(int port, string clientId, MosquittoUser? user = null) => new()
    {
        Transport = new TcpTransportFactory("127.0.0.1", port),
        ClientId = clientId,
        Username = (user ?? Admin).Name,
        Password = (user ?? Admin).Password,
        KeepAlive = TimeSpan.FromSeconds(10),
        ReconnectMinDelay = TimeSpan.FromMilliseconds(100),
        ReconnectMaxDelay = TimeSpan.FromSeconds(1),
    };

    public static async Task<MqttClient> ConnectAsync(MqttClientOptions options)
    {
        var client = new MqttClient(options);
        using var timeout = new CancellationTokenSource(Patience);
        await client.ConnectAsync(timeout.Token);
        return client;
    }

    public static async Task<MqttApplicationMessage> NextMessageAsync(this MqttClient client)
    {
        using var timeout = new CancellationTokenSource(Patience);
        return await client.Messages.ReadAsync(timeout.Token);
    }

    public static async Task<T> WithinPatience<T>(this Task<T> task) => await task.WaitAsync(Patience);

    public static async Task WithinPatience(this Task task) => await task.WaitAsync(Patience);

    /// <summary>Collects connection state changes so a test can await the next one.</summary>
    public static System.Threading.Channels.Channel<MqttConnectionStateChangedEventArgs> RecordStates(this MqttClient client)
    {
        var states = System.Threading.Channels.Channel.CreateUnbounded<MqttConnectionStateChangedEventArgs>();
        client.ConnectionStateChanged += (_, e) => states.Writer.TryWrite(e);
        return states;
    }

    public static async Task<MqttConnectionStateChangedEventArgs> NextAsync(
        this System.Threading.Channels.Channel<MqttConnectionStateChangedEventArgs> states, bool connected)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            var state = await states.Reader.ReadAsync(timeout.Token);
            if (state.IsConnected == connected)
            {
                return state;
            }
        }
    }

    /// <summary>
    /// Polls Mosquitto's log (kept across restarts) until a text appears <paramref name="times"/> times;
    /// Mosquitto offers no other signal for what it received.
    /// </summary>
    public static async Task WaitForLogAsync(this MosquittoRunner mosquitto, string text, int times = 1)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (CountOf(mosquitto.Log, text) < times)
        {
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), timeout.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"Mosquitto did not log '{text}' {times} time(s):\n{mosquitto.Log}");
            }
        }
    }

    private static int CountOf(string haystack, string needle)
    {
        var count = 0;
        for (var at = haystack.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = haystack.IndexOf(needle, at + needle.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
