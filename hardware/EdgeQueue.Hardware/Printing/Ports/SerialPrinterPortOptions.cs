namespace EdgeQueue.Hardware.Printing.Ports;

public sealed record SerialPrinterPortOptions
{
    /// <summary>Limit for writing a job or reading one status byte.</summary>
    public TimeSpan IoTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Ask DLE EOT before each job; off for printers wired with TX only.</summary>
    public bool QueryStatus { get; init; } = true;
}
