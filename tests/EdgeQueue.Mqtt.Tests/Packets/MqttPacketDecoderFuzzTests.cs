using System.Diagnostics;
using EdgeQueue.Mqtt.Packets;

namespace EdgeQueue.Mqtt.Tests.Packets;

/// <summary>
/// Bounded randomised tests: whatever bytes arrive, the decoder either returns a packet, asks for more
/// bytes, or throws <see cref="MqttProtocolException"/> — never another exception, never a hang. Seeds
/// are fixed so a failure replays; each case reports its seed and bytes.
/// </summary>
public sealed class MqttPacketDecoderFuzzTests
{
    private const int Cases = 20_000;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(20);

    private static readonly MqttPacket[] ValidPackets =
    [
        new ConnectPacket
        {
            ClientId = "disp-01",
            CleanSession = false,
            KeepAliveSeconds = 30,
            Username = "disp-01",
            Password = "secret"u8.ToArray(),
            Will = new MqttWill { Topic = "eq/v1/s/device/disp-01/state", Payload = "{\"online\":false}"u8.ToArray(), QualityOfService = MqttQualityOfService.AtLeastOnce, Retain = true },
        },
        new ConnAckPacket { SessionPresent = true },
        new PublishPacket { Topic = "eq/v1/s/device/disp-01/event", Payload = "{\"kind\":\"ticket.request\"}"u8.ToArray(), QualityOfService = MqttQualityOfService.ExactlyOnce, PacketId = 77 },
        new PublishPacket { Topic = "a", Payload = new byte[200] },
        new PubAckPacket(1),
        new PubRecPacket(2),
        new PubRelPacket(3),
        new PubCompPacket(4),
        new SubscribePacket(5, [new("eq/v1/+/device/#", MqttQualityOfService.AtLeastOnce), new("$SYS/x", MqttQualityOfService.AtMostOnce)]),
        new SubAckPacket(5, [SubscribeReturnCode.GrantedQos1, SubscribeReturnCode.Failure]),
        new UnsubscribePacket(6, ["a/+", "b/#"]),
        new UnsubAckPacket(6),
        PingReqPacket.Instance,
        PingRespPacket.Instance,
        DisconnectPacket.Instance,
    ];

    [Fact]
    public void TryDecode_RandomBytes_OnlyProtocolErrorsOrPackets()
    {
        var random = new Random(20261121);
        RunCases(random, () =>
        {
            var bytes = new byte[random.Next(0, 64)];
            random.NextBytes(bytes);
            return bytes;
        });
    }

    [Fact]
    public void TryDecode_MutatedValidPackets_OnlyProtocolErrorsOrPackets()
    {
        var random = new Random(4711);
        var encoded = ValidPackets.Select(MqttPacketEncoder.Encode).ToArray();
        RunCases(random, () => Mutate(random, encoded[random.Next(encoded.Length)]));
    }

    [Fact]
    public void TryDecode_MutatedValidPackets_DecodedOnesReEncodeAndDecodeAgain()
    {
        // Whatever the decoder accepts is a valid packet: the encoder takes it, and the bytes decode again.
        var random = new Random(99);
        var encoded = ValidPackets.Select(MqttPacketEncoder.Encode).ToArray();
        var decoder = new MqttPacketDecoder();
        var accepted = 0;
        for (var i = 0; i < Cases; i++)
        {
            var bytes = Mutate(random, encoded[random.Next(encoded.Length)]);
            try
            {
                if (decoder.TryDecode(bytes, out var packet, out _))
                {
                    var again = MqttPacketEncoder.Encode(packet);
                    Assert.True(decoder.TryDecode(again, out var reparsed, out var consumed), Convert.ToHexString(bytes));
                    Assert.Equal(again.Length, consumed);
                    Assert.Equal(packet.Type, reparsed.Type);
                    accepted++;
                }
            }
            catch (MqttProtocolException)
            {
            }
        }

        Assert.True(accepted > 100, $"only {accepted} mutated packets were still valid: the mutations are too coarse");
    }

    private static void RunCases(Random random, Func<byte[]> next)
    {
        var decoder = new MqttPacketDecoder(maximumPacketSize: 4096);
        var clock = Stopwatch.StartNew();
        int packets = 0, needMore = 0, errors = 0;
        for (var i = 0; i < Cases; i++)
        {
            Assert.True(clock.Elapsed < Budget, $"decoder too slow or stuck: {i} cases in {clock.Elapsed}");
            var bytes = next();
            try
            {
                // Decode the stream to its end, as a connection would.
                var offset = 0;
                while (offset < bytes.Length && decoder.TryDecode(bytes.AsSpan(offset), out _, out var consumed))
                {
                    Assert.True(consumed > 0);
                    offset += consumed;
                    packets++;
                }

                if (offset < bytes.Length)
                {
                    needMore++;
                }
            }
            catch (MqttProtocolException)
            {
                errors++;
            }
            catch (Exception e)
            {
                Assert.Fail($"case {i}: {e.GetType().Name} for bytes {Convert.ToHexString(bytes)}: {e}");
            }
        }

        Assert.True(errors > 0 && packets > 0, $"packets {packets}, need-more {needMore}, errors {errors}");
    }

    private static byte[] Mutate(Random random, byte[] valid)
    {
        var bytes = valid.ToList();
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits && bytes.Count > 0; e++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 2:
                    bytes.RemoveAt(at);
                    break;
                case 3:
                    bytes.Insert(at, (byte)random.Next(256));
                    break;
                default:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
            }
        }

        return [.. bytes];
    }
}
