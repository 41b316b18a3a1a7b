namespace EdgeQueue.Benchmarks.Mqtt;

/// <summary>Figures for one client → broker pair.</summary>
internal sealed record MqttPairResult(
    string Name,
    double Qos0PerSecond,
    int Qos0Received,
    double Qos1PerSecond,
    int Qos1Received,
    double LatencyP50Ms,
    double LatencyP99Ms);
