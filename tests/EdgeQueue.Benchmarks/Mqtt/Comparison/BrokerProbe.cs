using MQTTnet;

namespace EdgeQueue.Benchmarks.Mqtt.Comparison;

/// <summary>Does a real client (MQTTnet) get in? Null when it does, otherwise why not.</summary>
internal static class BrokerProbe
{
    public static async Task<string?> RefusalAsync(int port, string clientId, CancellationToken cancellation)
    {
        try
        {
            var (client, result) = await MqttnetClients.TryConnectAsync(port, clientId, cancellation);
            using (client)
            {
                if (result.ResultCode != MqttClientConnectResultCode.Success)
                {
                    return $"CONNACK {result.ResultCode}";
                }

                await client.DisconnectAsync(cancellationToken: cancellation);
                return null;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellation.IsCancellationRequested)
        {
            return e.GetType().Name + ": " + e.Message;
        }
    }
}
