namespace EdgeQueue.Simulation.Reporting.Charts;

/// <summary>A named series of values, one per label (bar chart) or per x step (line chart).</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double> Values);
