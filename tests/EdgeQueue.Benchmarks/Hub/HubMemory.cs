namespace EdgeQueue.Benchmarks.Hub;

/// <summary>A hub process's resident memory in MB: after start-up, at the end of the run, its peak, and its proportional share (PSS).</summary>
internal sealed record HubMemory(double AtStartMb, double NowMb, double PeakMb, double ProportionalMb);
