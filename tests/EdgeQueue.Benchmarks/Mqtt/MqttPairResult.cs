namespace EdgeQueue.Benchmarks.Mqtt;

/// <summary>Figures for one client → broker pair.</summary>
/// <param name="Qos1Lost">QoS 1 messages the broker acknowledged to the publisher that never reached the subscriber.</param>
/// <param name="ProbesLost">Latency probes (single QoS 1 messages) that did not arrive within 5 s.</param>
/// <param name="BrokerRssMb">The broker process's resident memory right after this pair's runs.</param>
internal sealed record MqttPairResult(
    string Name,
    double Qos0PerSecond,
    int Qos0Received,
    double Qos1PerSecond,
    int Qos1Acknowledged,
    int Qos1Received,
    int Qos1Lost,
    double LatencyP50Ms,
    double LatencyP99Ms,
    int ProbesLost,
    double BrokerRssMb = double.NaN);
