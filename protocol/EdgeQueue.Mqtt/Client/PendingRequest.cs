using EdgeQueue.Mqtt.Packets;

namespace EdgeQueue.Mqtt.Client;

/// <summary>
/// A packet awaiting its acknowledgement: a QoS 1/2 PUBLISH (holding a slot of the in-flight window),
/// a SUBSCRIBE or an UNSUBSCRIBE. Survives reconnects; resent on each new connection until answered.
/// </summary>
internal sealed class PendingRequest(MqttPacket packet, long order, bool holdsWindowSlot)
{
    public MqttPacket Packet { get; } = packet;

    /// <summary>Creation order: resends keep the order the application published in.</summary>
    public long Order { get; } = order;

    public bool HoldsWindowSlot { get; } = holdsWindowSlot;

    public TaskCompletionSource<MqttPacket> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The connection the packet was last queued on.</summary>
    public MqttConnection? SentOn { get; set; }

    public bool EverSent { get; set; }

    /// <summary>QoS 2: PUBREC arrived, so what remains is PUBREL until PUBCOMP.</summary>
    public bool Released { get; set; }

    /// <summary>What to send on a (new) connection: PUBREL after PUBREC, else the packet, with DUP on a resend.</summary>
    public MqttPacket NextToSend()
    {
        var id = Packet switch
        {
            PublishPacket p => p.PacketId,
            _ => (ushort)0,
        };
        if (Released)
        {
            return new PubRelPacket(id);
        }

        return Packet is PublishPacket publish && EverSent ? publish with { Duplicate = true } : Packet;
    }
}
