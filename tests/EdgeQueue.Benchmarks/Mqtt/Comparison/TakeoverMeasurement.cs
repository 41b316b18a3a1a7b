using System.Text;
using EdgeQueue.Benchmarks.Mqtt.Brokers;
using MQTTnet;
using MQTTnet.Protocol;

namespace EdgeQueue.Benchmarks.Mqtt.Comparison;

/// <summary>
/// Cross-user takeover of a persistent session (hall users and ACL): dispenser disp-01 subscribes
/// to its reply topic in a persistent session and goes offline; the hub queues a reply for it; then
/// user disp-02 connects with client id disp-01. Does disp-02 get the queued reply, and the live one
/// the hub publishes next? disp-02's ACL allows neither.
/// </summary>
internal sealed class TakeoverMeasurement : IBrokerMeasurement
{
    private static readonly TimeSpan Listen = TimeSpan.FromSeconds(2);

    public string Title => "cross-user takeover of a persistent session (user disp-02, client id disp-01)";

    public async Task<MeasuredCell> MeasureAsync(IBrokerLauncher broker, ComparisonSettings settings, CancellationToken cancellation)
    {
        await using var running = await broker.StartAsync(BrokerSetup.Hall, cancellation);
        var reply = HallAccess.DeviceTopic("disp-01", "reply");
        using (var victim = await Connect(running.Port, "disp-01", "disp-01", cancellation))
        {
            await victim.SubscribeAsync(reply, MqttQualityOfServiceLevel.AtLeastOnce, cancellation);
            await victim.DisconnectAsync(cancellationToken: cancellation);
        }

        // The broker handles the DISCONNECT on its own time: the reply must find disp-01 offline.
        await Task.Delay(TimeSpan.FromMilliseconds(500), cancellation);

        using var hub = await Connect(running.Port, "hub", "hub-bench", cancellation);
        await hub.PublishAsync(MqttnetClients.Message(reply, "queued"u8.ToArray(), MqttQualityOfServiceLevel.AtLeastOnce), cancellation);

        var received = new List<string>();
        var (intruder, result) = await MqttnetClients.TryConnectAsync(running.Port, "disp-01", cancellation, cleanSession: false,
            username: "disp-02", password: HallAccess.Passwords["disp-02"], onMessage: e =>
            {
                lock (received)
                {
                    received.Add(Encoding.UTF8.GetString(e.ApplicationMessage.Payload));
                }

                return Task.CompletedTask;
            });
        using (intruder)
        {
            if (result.ResultCode != MqttClientConnectResultCode.Success)
            {
                return new MeasuredCell($"refused (CONNACK {result.ResultCode})");
            }

            await Task.Delay(Listen, cancellation);
            await hub.PublishAsync(MqttnetClients.Message(reply, "live"u8.ToArray(), MqttQualityOfServiceLevel.AtLeastOnce), cancellation);
            await Task.Delay(Listen, cancellation);
        }


        string[] leaked;
        lock (received)
        {
            leaked = [.. received.Distinct()];
        }

        var session = result.IsSessionPresent ? "resumes the session" : "new session";
        return new MeasuredCell(leaked.Length == 0
            ? $"accepted, {session}, delivers nothing outside disp-02's ACL"
            : $"**leaks {string.Join(" + ", leaked)} repl{(leaked.Length == 1 ? "y" : "ies")}** ({session})");
    }

    private static Task<IMqttClient> Connect(int port, string user, string clientId, CancellationToken cancellation) =>
        MqttnetClients.ConnectAsync(port, clientId, cancellation, cleanSession: user == "hub", username: user, password: HallAccess.Passwords[user]);
}
