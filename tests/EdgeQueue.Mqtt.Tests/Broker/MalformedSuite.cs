using EdgeQueue.Mqtt.Packets;

namespace EdgeQueue.Mqtt.Tests.Broker;

/// <summary>
/// 47 connections that break MQTT 3.1.1, one after the other, each on its own socket: the named
/// breaches of <see cref="MalformedInputTests"/> plus random bytes and mutated packets from fixed
/// seeds. Run against any broker port (in-process or the broker process) by the peer and memory tests.
/// </summary>
internal static class MalformedSuite
{
    private static byte[] Encode(MqttPacket packet) => MqttPacketEncoder.Encode(packet);

    private static byte[] Publish(byte[] topic) => [0x30, (byte)(2 + topic.Length + 1), 0x00, (byte)topic.Length, .. topic, (byte)'x'];

    /// <summary>(name, whether a valid CONNECT goes first, the bad bytes, whether the client then stops sending).</summary>
    public static IEnumerable<(string Name, bool AfterConnect, byte[] Bytes, bool ThenHalfClose)> Cases()
    {
        var connect = Encode(RawMqttClient.Connect("bad"));
        var levelThree = (byte[])connect.Clone();
        levelThree[8] = 3;
        var reservedFlag = (byte[])connect.Clone();
        reservedFlag[9] |= 0x01;
        var emptyIdPersistent = Encode(RawMqttClient.Connect(string.Empty));
        emptyIdPersistent[9] &= unchecked((byte)~0x02);
        var publish = Encode(new PublishPacket { Topic = "half", Payload = new byte[50] });

        yield return ("PUBLISH before CONNECT", false, Encode(new PublishPacket { Topic = "a", Payload = "x"u8.ToArray() }), false);
        yield return ("second CONNECT", true, connect, false);
        yield return ("protocol level 3", false, levelThree, false);
        yield return ("empty client id, persistent session", false, emptyIdPersistent, false);
        yield return ("reserved CONNECT flag", false, reservedFlag, false);
        yield return ("CONNECT announcing 256 MB", false, [0x10, 0xFF, 0xFF, 0xFF, 0x7F], false);
        yield return ("remaining length of 5 bytes", true, [0x30, 0xFF, 0xFF, 0xFF, 0xFF, 0x01], false);
        yield return ("truncated remaining length", true, [0x30, 0x80, 0x80], true);
        yield return ("truncated body", true, publish[..20], true);
        yield return ("invalid UTF-8 in topic", true, [0x30, 0x05, 0x00, 0x02, 0xC3, 0x28, (byte)'x'], false);
        yield return ("'+' in topic name", true, Publish("a/+"u8.ToArray()), false);
        yield return ("'#' in topic name", true, Publish("a/#"u8.ToArray()), false);
        yield return ("NUL in topic name", true, Publish([(byte)'a', 0x00]), false);
        yield return ("PUBLISH with QoS 3", true, [0x36, 0x05, 0x00, 0x01, (byte)'a', 0x00, 0x01], false);
        yield return ("SUBSCRIBE with flags 0", true, [0x80, 0x06, 0x00, 0x01, 0x00, 0x01, (byte)'a', 0x00], false);
        yield return ("SUBACK from a client", true, Encode(new SubAckPacket(1, [SubscribeReturnCode.GrantedQos0])), false);
        yield return ("packet type 15", true, [0xF0, 0x00], false);

        var random = new Random(20261121);
        for (var i = 0; i < 15; i++)
        {
            var garbage = new byte[random.Next(1, 300)];
            random.NextBytes(garbage);
            yield return ($"random bytes {i}", i % 2 == 1, garbage, true);
        }

        MqttPacket[] seeds =
        [
            new PublishPacket { Topic = "eq/v1/h/device/d/event", Payload = "{\"id\":1}"u8.ToArray(), QualityOfService = MqttQualityOfService.ExactlyOnce, PacketId = 9 },
            new SubscribePacket(2, [new MqttSubscription("eq/v1/+/hall/#", MqttQualityOfService.AtLeastOnce)]),
            new UnsubscribePacket(3, ["a/b"]),
        ];
        var mutation = new Random(7);
        for (var i = 0; i < 15; i++)
        {
            var bytes = Encode(seeds[i % seeds.Length]);
            for (var flips = mutation.Next(1, 4); flips > 0; flips--)
            {
                bytes[mutation.Next(bytes.Length)] ^= (byte)(1 << mutation.Next(8));
            }

            // A mutation that is still valid ends with the DISCONNECT after it.
            yield return ($"mutated packet {i}", true, [.. bytes, .. Encode(DisconnectPacket.Instance)], true);
        }
    }

    /// <summary>Sends every case; returns the names of those whose connection the broker left open.</summary>
    /// <param name="port">The broker's port on 127.0.0.1.</param>
    /// <param name="username">User of the valid CONNECT that some cases send first (a broker without anonymous access).</param>
    /// <param name="password">Its password.</param>
    public static async Task<IReadOnlyList<string>> RunAsync(int port, string? username = null, string? password = null)
    {
        var open = new List<string>();
        var index = 0;
        foreach (var (name, afterConnect, bytes, halfClose) in Cases())
        {
            await using var raw = await RawMqttClient.OpenAsync(port);
            if (afterConnect)
            {
                var ack = await raw.HandshakeAsync(RawMqttClient.Connect($"bad-{index}", username: username, password: password));
                Assert.Equal(ConnectReturnCode.Accepted, ack.ReturnCode);
            }

            index++;
            await raw.SendRawAsync(bytes);
            if (halfClose)
            {
                raw.ShutdownSend();
            }

            if (!await raw.WaitClosedAsync())
            {
                open.Add(name);
            }
        }

        return open;
    }
}
