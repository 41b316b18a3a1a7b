namespace EdgeQueue.Hardware.Printing;

/// <summary>
/// The outcome of one print job. A failure carries its kind and a message a technician can act on;
/// printing never throws into the hub.
/// </summary>
public sealed record PrintResult
{
    private PrintResult(PrintFailure? failure, string message, PrinterStatus status)
    {
        Failure = failure;
        Message = message;
        Status = status;
    }

    public bool Succeeded => Failure is null;

    public PrintFailure? Failure { get; }

    public string Message { get; }

    /// <summary>The printer's condition as last seen during the job.</summary>
    public PrinterStatus Status { get; }

    public static PrintResult Printed(PrinterStatus status) => new(null, "printed", status);

    public static PrintResult Failed(PrintFailure failure, string message, PrinterStatus status) =>
        new(failure, message, status);

    public override string ToString() => Succeeded ? "printed" : $"{Failure}: {Message}";
}
