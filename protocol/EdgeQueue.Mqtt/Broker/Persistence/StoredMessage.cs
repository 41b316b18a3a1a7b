namespace EdgeQueue.Mqtt.Broker.Persistence;

/// <summary>A message as saved in the data folder: retained, or queued or in flight for a persistent session.</summary>
/// <param name="Topic">Topic name.</param>
/// <param name="Payload">The bytes (base64 in JSON).</param>
/// <param name="Qos">0, 1 or 2.</param>
/// <param name="Retain">RETAIN flag to deliver with.</param>
/// <param name="PacketId">Packet id while in flight, 0 while queued.</param>
/// <param name="State">Handshake state while in flight (see OutgoingMessageState), 0 while queued.</param>
internal sealed record StoredMessage(string Topic, byte[] Payload, int Qos, bool Retain, ushort PacketId = 0, int State = 0);
