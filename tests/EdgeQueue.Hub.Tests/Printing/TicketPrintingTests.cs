using EdgeQueue.Contracts;
using EdgeQueue.Hub.Tests.Support;
using EdgeQueue.Queue.Commands;
using EdgeQueue.Queue.State;
using EdgeQueue.Simulation.Printing;
using EdgeQueue.Testing;

namespace EdgeQueue.Hub.Tests.Printing;

/// <summary>
/// Printing as a consequence of the commit: the real queue on a SQLite file, real printer ports
/// (disp-01 a capture folder, disp-02 a loopback network printer that can run out of paper), and
/// no gateway: a committed ticket of a dispenser is printed and its outcome recorded on its own.
/// </summary>
public sealed class TicketPrintingTests : IAsyncLifetime
{
    private static readonly DeviceId Dispenser1 = DeviceId.Parse("disp-01");
    private static readonly DeviceId Dispenser2 = DeviceId.Parse("disp-02");
    private PrintingHall _hall = null!;

    public Task InitializeAsync()
    {
        _hall = PrintingHall.Open("eq-printing");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _hall.DisposeAsync();

    [Fact]
    public async Task Committed_TicketOfADispenser_PrintedAndRecordedWithNobodyAsking()
    {
        var issued = await _hall.Queue.ExecuteAsync("r1", new IssueTicket("A", "disp-01"), CancellationToken.None);

        await Eventually.UntilAsync(() => _hall.Queue.FindTicket(issued.Ticket!.Id)!.Print == TicketPrint.Printed, "the print recorded");
        var paper = Assert.Single(await PrintCaptures.WaitForAsync(_hall.Captures, 1));
        Assert.Contains(paper.Texts, line => line.Contains("A001", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Committed_TicketOfNoDispenser_NothingPrinted()
    {
        var unprinted = await _hall.Queue.ExecuteAsync("r1", new IssueTicket("A"), CancellationToken.None);
        var printed = await _hall.Queue.ExecuteAsync("r2", new IssueTicket("A", "disp-01"), CancellationToken.None);

        // The second ticket's recorded print is the barrier: commits are handled in order.
        await Eventually.UntilAsync(() => _hall.Queue.FindTicket(printed.Ticket!.Id)!.Print == TicketPrint.Printed, "the second print recorded");
        Assert.Equal(1, PrintCaptures.Count(_hall.Captures));
        Assert.Equal(TicketPrint.NotRecorded, _hall.Queue.FindTicket(unprinted.Ticket!.Id)!.Print);
    }

    [Fact]
    public async Task PaperForAsync_TicketJustIssued_ReturnsAfterThePrintIsRecorded()
    {
        var issued = await _hall.Queue.ExecuteAsync("r1", new IssueTicket("A", "disp-01"), CancellationToken.None);

        var paper = await _hall.Printing.PaperForAsync(Dispenser1, issued, CancellationToken.None);

        Assert.True(paper.CameOut);
        Assert.Equal(TicketPrint.Printed, _hall.Queue.FindTicket(issued.Ticket!.Id)!.Print);
        Assert.Equal(1, PrintCaptures.Count(_hall.Captures));
    }

    [Fact]
    public async Task PaperForAsync_PrinterOutOfPaper_NotOutWalkInVoidAndTheRegistryTold()
    {
        _hall.NetworkPrinter.Status = LoopbackNetworkPrinter.PaperOutStatus;
        var issued = await _hall.Queue.ExecuteAsync("r1", new IssueTicket("A", "disp-02"), CancellationToken.None);

        var paper = await _hall.Printing.PaperForAsync(Dispenser2, issued, CancellationToken.None);

        Assert.False(paper.CameOut);
        Assert.Contains("PaperOut", paper.Failure, StringComparison.Ordinal);
        var ticket = _hall.Queue.FindTicket(issued.Ticket!.Id)!;
        Assert.Equal(TicketPrint.NotPrinted, ticket.Print);
        Assert.Equal(TicketStatus.Cancelled, ticket.Status);
        var status = _hall.Registry.Find(Dispenser2)!;
        Assert.Equal("out", status.PrinterPaper);
        Assert.Contains("A001", status.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PaperForAsync_RepeatOfAPrintedTicket_NoSecondPaper()
    {
        var issued = await _hall.Queue.ExecuteAsync("r1", new IssueTicket("A", "disp-01"), CancellationToken.None);
        await _hall.Printing.PaperForAsync(Dispenser1, issued, CancellationToken.None);
        var repeat = await _hall.Queue.ExecuteAsync("r1", new IssueTicket("A", "disp-01"), CancellationToken.None);

        var paper = await _hall.Printing.PaperForAsync(Dispenser1, repeat, CancellationToken.None);

        Assert.True(repeat.IsDuplicate);
        Assert.True(paper.CameOut);
        Assert.Equal(1, PrintCaptures.Count(_hall.Captures));
    }

    [Fact]
    public async Task PaperForAsync_RepeatOfATicketWithNoRecordedPrint_PrintedOnceNow()
    {
        // As if the hub stopped between the commit and the paper: the ticket exists, no print was recorded.
        var issued = await _hall.Queue.ExecuteAsync("r1", new IssueTicket("A"), CancellationToken.None);
        var repeat = issued with { IsDuplicate = true };

        var first = await _hall.Printing.PaperForAsync(Dispenser1, repeat, CancellationToken.None);
        var second = await _hall.Printing.PaperForAsync(Dispenser1, repeat, CancellationToken.None);

        Assert.True(first.CameOut);
        Assert.True(second.CameOut);
        Assert.Equal(1, PrintCaptures.Count(_hall.Captures));
        Assert.Equal(TicketPrint.Printed, _hall.Queue.FindTicket(issued.Ticket!.Id)!.Print);
    }
}
