using EdgeQueue.Mqtt.Packets;

namespace EdgeQueue.Mqtt.Client;

/// <summary>Packets from the broker: CONNACK, acknowledgements and incoming messages.</summary>
public sealed partial class MqttClient
{
    private async ValueTask OnPacketAsync(MqttConnection connection, MqttPacket packet)
    {
        // Any packet proves the link alive.
        connection.PingOutstandingSince = 0;
        if (packet is ConnAckPacket connAck)
        {
            if (!connection.ConnAck.TrySetResult(connAck))
            {
                throw new MqttProtocolException(MqttProtocolError.UnexpectedPacket, "the broker sent a second CONNACK");
            }

            return;
        }

        if (!connection.ConnAck.Task.IsCompletedSuccessfully)
        {
            throw new MqttProtocolException(MqttProtocolError.UnexpectedPacket, $"the broker sent {packet.Type} before CONNACK");
        }

        switch (packet)
        {
            case PublishPacket publish:
                await ReceiveAsync(connection, publish);
                break;
            case PubAckPacket ack:
                Acknowledge(ack.PacketId, ack, expectReleased: false, qos: MqttQualityOfService.AtLeastOnce);
                break;
            case PubRecPacket rec:
                await OnPubRecAsync(connection, rec.PacketId);
                break;
            case PubCompPacket comp:
                Acknowledge(comp.PacketId, comp, expectReleased: true, qos: MqttQualityOfService.ExactlyOnce);
                break;
            case PubRelPacket rel:
                lock (_gate)
                {
                    _incomingQos2.Remove(rel.PacketId);
                }

                await connection.SendAsync(new PubCompPacket(rel.PacketId), CancellationToken.None);
                break;
            case SubAckPacket subAck:
                CompleteControl<SubscribePacket>(subAck.PacketId, subAck, s => s.Subscriptions.Count == subAck.ReturnCodes.Count);
                break;
            case UnsubAckPacket unsubAck:
                CompleteControl<UnsubscribePacket>(unsubAck.PacketId, unsubAck, _ => true);
                break;
            case PingRespPacket:
                break;
            default:
                throw new MqttProtocolException(MqttProtocolError.UnexpectedPacket, $"a broker does not send {packet.Type} to a client");
        }
    }

    private async ValueTask ReceiveAsync(MqttConnection connection, PublishPacket publish)
    {
        var deliver = true;
        if (publish.QualityOfService == MqttQualityOfService.ExactlyOnce)
        {
            lock (_gate)
            {
                // A resend of a QoS 2 message we already took (before PUBREL) is not delivered twice.
                deliver = _incomingQos2.Add(publish.PacketId);
            }
        }

        if (deliver)
        {
            var message = new MqttApplicationMessage
            {
                Topic = publish.Topic,
                Payload = publish.Payload,
                QualityOfService = publish.QualityOfService,
                Retain = publish.Retain,
            };
            if (!_messages.Writer.TryWrite(message))
            {
                connection.DeliveryPending = true;
                try
                {
                    await _messages.Writer.WriteAsync(message, _lifetime.Token);
                }
                finally
                {
                    connection.DeliveryPending = false;
                }
            }
        }

        switch (publish.QualityOfService)
        {
            case MqttQualityOfService.AtLeastOnce:
                await connection.SendAsync(new PubAckPacket(publish.PacketId), CancellationToken.None);
                break;
            case MqttQualityOfService.ExactlyOnce:
                await connection.SendAsync(new PubRecPacket(publish.PacketId), CancellationToken.None);
                break;
            default:
                break;
        }
    }

    private void Acknowledge(ushort packetId, MqttPacket answer, bool expectReleased, MqttQualityOfService qos)
    {
        PendingRequest? request;
        lock (_gate)
        {
            if (!_pending.TryGetValue(packetId, out request) || request.Packet is not PublishPacket publish
                || publish.QualityOfService != qos || request.Released != expectReleased)
            {
                // Late or stray acknowledgement (e.g. after a clean reconnect): nothing waits for it.
                return;
            }

            _pending.Remove(packetId);
        }

        Finish(request, answer, null);
    }

    private async ValueTask OnPubRecAsync(MqttConnection connection, ushort packetId)
    {
        lock (_gate)
        {
            if (_pending.TryGetValue(packetId, out var request) && request.Packet is PublishPacket { QualityOfService: MqttQualityOfService.ExactlyOnce })
            {
                request.Released = true;
            }
        }

        // PUBREL even for an unknown id, so the broker can finish its side of the exchange.
        await connection.SendAsync(new PubRelPacket(packetId), CancellationToken.None);
    }

    private void CompleteControl<TRequest>(ushort packetId, MqttPacket answer, Func<TRequest, bool> matches)
        where TRequest : MqttPacket
    {
        PendingRequest? request;
        lock (_gate)
        {
            if (!_pending.TryGetValue(packetId, out request) || request.Packet is not TRequest sent)
            {
                return;
            }

            if (!matches(sent))
            {
                throw new MqttProtocolException(MqttProtocolError.MalformedPacket,
                    $"{answer.Type} for packet {packetId} does not match the request it answers");
            }

            _pending.Remove(packetId);
        }

        Finish(request, answer, null);
    }
}
