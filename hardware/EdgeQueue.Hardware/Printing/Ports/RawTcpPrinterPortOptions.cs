namespace EdgeQueue.Hardware.Printing.Ports;

public sealed record RawTcpPrinterPortOptions
{
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Limit for sending a job or receiving one status byte.</summary>
    public TimeSpan IoTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>After a job, how long to wait for the printer to close its side before closing ours.</summary>
    public TimeSpan CloseWait { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Ask DLE EOT before each job; turn off for printers that do not answer it on port 9100.</summary>
    public bool QueryStatus { get; init; } = true;
}
