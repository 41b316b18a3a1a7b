namespace EdgeQueue.Hardware.Printing;

public sealed record EscPosPrinterOptions
{
    /// <summary>Whole-job limit: status query plus sending the ticket.</summary>
    public TimeSpan JobTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public EscPosTicketOptions Ticket { get; init; } = EscPosTicketOptions.Paper80mm;
}
