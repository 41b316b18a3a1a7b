using System.Net;
using System.Net.Sockets;

namespace EdgeQueue.Testing;

/// <summary>
/// Whether an MQTT 3.1.1 broker answers a CONNECT on a loopback port: an accepting socket is not
/// enough (RabbitMQ opens its MQTT listener before the plugin can log anyone in). Any CONNACK counts,
/// also a refusal of the probe's anonymous login.
/// </summary>
public static class MqttConnectProbe
{
    // CONNECT, remaining length 17: "MQTT", level 4, clean session, keep-alive 60 s, client id "probe".
    private static readonly byte[] Connect = [0x10, 17, 0, 4, (byte)'M', (byte)'Q', (byte)'T', (byte)'T', 4, 0x02, 0, 60, 0, 5,
        (byte)'p', (byte)'r', (byte)'o', (byte)'b', (byte)'e'];

    public static async Task<bool> AnswersAsync(int port, TimeSpan timeout)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await socket.ConnectAsync(IPAddress.Loopback, port, deadline.Token);
            await socket.SendAsync(Connect, SocketFlags.None, deadline.Token);
            var answer = new byte[4];
            var read = 0;
            while (read < answer.Length)
            {
                var n = await socket.ReceiveAsync(answer.AsMemory(read), SocketFlags.None, deadline.Token);
                if (n == 0)
                {
                    return false;
                }

                read += n;
            }

            return answer[0] == 0x20 && answer[1] == 2;
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            return false;
        }
    }
}
