using System.Threading.Channels;
using EdgeQueue.Testing;

namespace EdgeQueue.Mqtt.Link.Tests.Support;

/// <summary>Users, ACL and link options shared by the tests that run the link against Mosquitto.</summary>
internal static class LinkPeer
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

    public static MqttLinkOptions Link(int port, string clientId, MosquittoUser? user = null) => new()
    {
        Host = "127.0.0.1",
        Port = port,
        ClientId = clientId,
        Username = (user ?? Admin).Name,
        Password = (user ?? Admin).Password,
        KeepAlive = TimeSpan.FromSeconds(10),
        Timeout = TimeSpan.FromSeconds(5),
        ReconnectMinDelay = TimeSpan.FromMilliseconds(100),
        ReconnectMaxDelay = TimeSpan.FromSeconds(1),
    };

    public static async Task<MqttLink> ConnectAsync(MqttLinkOptions options)
    {
        var link = new MqttLink(options);
        using var timeout = new CancellationTokenSource(Patience);
        await link.ConnectAsync(timeout.Token);
        return link;
    }

    public static async Task<MqttLinkMessage> NextMessageAsync(this MqttLink link)
    {
        using var timeout = new CancellationTokenSource(Patience);
        return await link.Messages.ReadAsync(timeout.Token);
    }

    public static string Text(this MqttLinkMessage message) => System.Text.Encoding.UTF8.GetString(message.Payload.Span);

    public static async Task<T> WithinPatience<T>(this Task<T> task) => await task.WaitAsync(Patience);

    public static async Task WithinPatience(this Task task) => await task.WaitAsync(Patience);

    /// <summary>Collects connection state changes so a test can await the next one.</summary>
    public static Channel<MqttLinkStateChangedEventArgs> RecordStates(this MqttLink link)
    {
        var states = Channel.CreateUnbounded<MqttLinkStateChangedEventArgs>();
        link.ConnectionStateChanged += (_, e) => states.Writer.TryWrite(e);
        return states;
    }

    public static async Task<MqttLinkStateChangedEventArgs> NextAsync(this Channel<MqttLinkStateChangedEventArgs> states, bool connected)
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
}
