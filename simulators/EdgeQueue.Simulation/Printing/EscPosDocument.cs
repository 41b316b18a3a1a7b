namespace EdgeQueue.Simulation.Printing;

/// <summary>What a printer would have produced from a byte stream.</summary>
public sealed record EscPosDocument(
    IReadOnlyList<EscPosLine> Lines,
    IReadOnlyList<EscPosQrCode> QrCodes,
    EscPosCut Cut,
    bool Initialized,
    int CodeTable,
    IReadOnlyList<byte> StatusRequests)
{
    public IEnumerable<string> Texts => Lines.Select(l => l.Text);

    /// <summary>The first line whose text contains <paramref name="fragment"/>.</summary>
    public EscPosLine LineContaining(string fragment) =>
        Lines.FirstOrDefault(l => l.Text.Contains(fragment, StringComparison.Ordinal))
        ?? throw new InvalidOperationException(
            $"No printed line contains '{fragment}'. Lines:{Environment.NewLine}{string.Join(Environment.NewLine, Lines)}");
}
