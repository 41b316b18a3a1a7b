namespace EdgeQueue.Simulator.Devices;

/// <summary>Sees what a device's radio sends and receives (the simulator's ledger listens here).</summary>
internal interface IWireTap
{
    void Sent(string deviceId, string topic, ReadOnlyMemory<byte> payload);

    void Received(string deviceId, string topic, ReadOnlyMemory<byte> payload);
}
