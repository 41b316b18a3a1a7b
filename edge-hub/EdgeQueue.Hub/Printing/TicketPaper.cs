namespace EdgeQueue.Hub.Printing;

/// <summary>
/// Whether the resident has the ticket's paper: it came out now or before (or the dispenser has no
/// printer), or it did not, on <see cref="Printer"/>, because of <see cref="Failure"/>.
/// </summary>
public sealed record TicketPaper(bool CameOut, string? Printer = null, string? Failure = null)
{
    public static TicketPaper Out { get; } = new(true);

    public static TicketPaper NotOut(string printer, string failure) => new(false, printer, failure);
}
