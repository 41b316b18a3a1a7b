namespace EdgeQueue.Benchmarks.Mqtt.Comparison;

/// <summary>Bytes that break MQTT 3.1.1; a broker must close the connection (§4.8: "MUST close the Network Connection").</summary>
/// <param name="AfterConnect">Sent after a valid CONNECT was accepted, or as the first bytes.</param>
internal sealed record MalformedCase(string Name, bool AfterConnect, byte[] Bytes);
