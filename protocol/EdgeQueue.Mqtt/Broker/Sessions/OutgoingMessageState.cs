namespace EdgeQueue.Mqtt.Broker.Sessions;

/// <summary>Where a QoS 1 or 2 message sent to a client stands in its handshake.</summary>
internal enum OutgoingMessageState
{
    /// <summary>QoS 1 PUBLISH sent; waiting for PUBACK.</summary>
    AwaitingPubAck,

    /// <summary>QoS 2 PUBLISH sent; waiting for PUBREC.</summary>
    AwaitingPubRec,

    /// <summary>PUBREL sent after PUBREC; waiting for PUBCOMP.</summary>
    AwaitingPubComp,
}
