namespace EdgeQueue.Central.SiteViews.Charts;

/// <summary>One bar of a chart: its label, value and the text printed beside it (value with unit).</summary>
public sealed record ChartBar(string Label, double Value, string Caption);
