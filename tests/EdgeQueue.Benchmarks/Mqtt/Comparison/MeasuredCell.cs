namespace EdgeQueue.Benchmarks.Mqtt.Comparison;

/// <summary>One broker's figure in a row, and the particulars behind it (printed under the table).</summary>
internal sealed record MeasuredCell(string Text, IReadOnlyList<string> Details)
{
    public MeasuredCell(string text)
        : this(text, [])
    {
    }
}
