namespace EdgeQueue.Hardware.Printing;

/// <summary>The ticket printer of a dispenser.</summary>
public interface IThermalPrinter
{
    /// <summary>A human-readable address of the printer for logs and the technician page.</summary>
    string Name { get; }

    /// <summary>Prints one ticket. Never throws for printer faults; they come back as a failed result.</summary>
    Task<PrintResult> PrintAsync(TicketReceipt receipt, CancellationToken cancellationToken = default);

    /// <summary>Asks the printer how it is. Never throws for printer faults: an unreachable printer is offline.</summary>
    Task<PrinterStatus> GetStatusAsync(CancellationToken cancellationToken = default);
}
