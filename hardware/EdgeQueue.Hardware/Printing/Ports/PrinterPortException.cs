namespace EdgeQueue.Hardware.Printing.Ports;

/// <summary>A port could not reach or talk to its printer.</summary>
public sealed class PrinterPortException : Exception
{
    public PrinterPortException(PrintFailure failure, string message, Exception? inner = null)
        : base(message, inner) => Failure = failure;

    public PrinterPortException()
        : this(PrintFailure.PrinterOffline, "The printer port failed.")
    {
    }

    public PrinterPortException(string message)
        : this(PrintFailure.PrinterOffline, message)
    {
    }

    public PrinterPortException(string message, Exception innerException)
        : this(PrintFailure.PrinterOffline, message, innerException)
    {
    }

    public PrintFailure Failure { get; }
}
