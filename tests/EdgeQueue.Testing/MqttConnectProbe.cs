using System.Net;
using System.Net.Sockets;
using System.Text;

namespace EdgeQueue.Testing;

/// <summary>
/// Whether an MQTT 3.1.1 broker accepts a login on a loopback port: an accepting socket is not
/// enough (RabbitMQ opens its MQTT listeners before its port → virtual host mapping is in force, and
/// refuses logins meanwhile with "virtual host '/' does not exist").
/// </summary>
public static class MqttConnectProbe
{
    public static async Task<bool> AcceptsLoginAsync(int port, string user, string password, TimeSpan timeout)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await socket.ConnectAsync(IPAddress.Loopback, port, deadline.Token);
            await socket.SendAsync(Connect(user, password), SocketFlags.None, deadline.Token);
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

            // CONNACK with return code 0.
            return answer[0] == 0x20 && answer[1] == 2 && answer[3] == 0;
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            return false;
        }
    }

    private static byte[] Connect(string user, string password)
    {
        var body = new List<byte> { 0, 4, (byte)'M', (byte)'Q', (byte)'T', (byte)'T', 4, 0xC2, 0, 60 };
        foreach (var text in new[] { "probe", user, password })
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            body.Add((byte)(bytes.Length >> 8));
            body.Add((byte)bytes.Length);
            body.AddRange(bytes);
        }

        // Remaining length under 128 for the short names a test uses: one byte.
        return body.Count < 128 ? [0x10, (byte)body.Count, .. body] : throw new ArgumentException("probe login too long", nameof(user));
    }
}
