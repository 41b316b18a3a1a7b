namespace EdgeQueue.Benchmarks.Hub;

/// <summary>The figures of one hub build (the IL build on the JIT, or the Native AOT executable) against the same devices.</summary>
internal sealed record HubRound(
    HubBuild Build, TimeSpan StartUp, LatencyRecorder Press, LatencyRecorder NextReply, LatencyRecorder Screen, LatencyRecorder Board,
    HubMemory Memory, string Health);
