using EdgeQueue.Hardware.Printing;
using EdgeQueue.Hardware.Printing.Ports;
using EdgeQueue.Testing;
using EdgeQueue.Simulation.Printing;

namespace EdgeQueue.Hardware.Tests.Printing.Ports;

public sealed class RawTcpPrinterPortTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task PrintAsync_ReadyNetworkPrinter_ReceivesTheDecodableTicket()
    {
        await using var printer = new LoopbackNetworkPrinter();
        using var thermal = new EscPosPrinter(new RawTcpPrinterPort("127.0.0.1", printer.Port));

        var result = await thermal.PrintAsync(Receipts.Polish());

        Assert.True(result.Succeeded, result.ToString());
        var job = await printer.NextJobAsync(Wait);
        var document = EscPosDecoder.Decode(job);
        Assert.Equal("A017", document.LineContaining("A017").Text);
        Assert.Equal(EscPosCut.Partial, document.Cut);
        Assert.Equal(PaperState.Ok, result.Status.Paper);
    }

    [Fact]
    public async Task QueryStatusAsync_PaperOutAnswers_ReportsPaperOutAndOffline()
    {
        await using var printer = new LoopbackNetworkPrinter { Status = LoopbackNetworkPrinter.PaperOutStatus };
        var port = new RawTcpPrinterPort("127.0.0.1", printer.Port);

        var status = await port.QueryStatusAsync(CancellationToken.None);

        Assert.Equal(new PrinterStatus(Known: true, Online: false, PaperState.Out, CoverOpen: false), status);
        Assert.Equal("out", status.PaperWord);
    }

    [Fact]
    public async Task PrintAsync_PaperOut_ReturnsPaperOutAndSendsNoTicket()
    {
        await using var printer = new LoopbackNetworkPrinter { Status = LoopbackNetworkPrinter.PaperOutStatus };
        using var thermal = new EscPosPrinter(new RawTcpPrinterPort("127.0.0.1", printer.Port));

        var result = await thermal.PrintAsync(Receipts.Polish());

        Assert.Equal(PrintFailure.PaperOut, result.Failure);
        Assert.Contains("out of paper", result.Message, StringComparison.Ordinal);
        Assert.Empty(printer.Jobs);
    }

    [Fact]
    public async Task PrintAsync_NearEndAndCoverOpen_AreReported()
    {
        await using var printer = new LoopbackNetworkPrinter { Status = [0x1A, 0x16, 0x1E] };
        using var thermal = new EscPosPrinter(new RawTcpPrinterPort("127.0.0.1", printer.Port));

        var result = await thermal.PrintAsync(Receipts.Polish());

        Assert.Equal(PrintFailure.CoverOpen, result.Failure);
        Assert.Equal(PaperState.Low, result.Status.Paper);
    }

    [Fact]
    public async Task PrintAsync_NothingListening_ReturnsPrinterOfflineQuickly()
    {
        var deadPort = FreePort.Next();
        using var thermal = new EscPosPrinter(new RawTcpPrinterPort("127.0.0.1", deadPort));

        var result = await thermal.PrintAsync(Receipts.Polish()).WaitAsync(Wait);

        Assert.Equal(PrintFailure.PrinterOffline, result.Failure);
        Assert.Contains($"tcp://127.0.0.1:{deadPort}", result.Message, StringComparison.Ordinal);
        Assert.False(result.Status.Online);
    }

    [Fact]
    public async Task GetStatusAsync_NothingListening_IsOfflineWithoutThrowing()
    {
        using var thermal = new EscPosPrinter(new RawTcpPrinterPort("127.0.0.1", FreePort.Next()));

        var status = await thermal.GetStatusAsync();

        Assert.False(status.Online);
    }

    [Fact]
    public async Task PrintAsync_PrinterSilentOnStatus_TimesOutOnTheInjectedClock()
    {
        await using var printer = new LoopbackNetworkPrinter { AnswerStatus = false };
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 21, 7, 0, 0, TimeSpan.Zero));
        var port = new RawTcpPrinterPort("127.0.0.1", printer.Port, new RawTcpPrinterPortOptions { IoTimeout = TimeSpan.FromSeconds(5) }, clock);
        using var thermal = new EscPosPrinter(port, new EscPosPrinterOptions { JobTimeout = TimeSpan.FromSeconds(10) }, clock);

        var job = thermal.PrintAsync(Receipts.Polish());
        await printer.StatusRequested.WaitAsync(Wait);
        clock.Advance(TimeSpan.FromSeconds(5));
        var result = await job.WaitAsync(Wait);

        Assert.Equal(PrintFailure.Timeout, result.Failure);
        Assert.Contains("did not answer DLE EOT 1", result.Message, StringComparison.Ordinal);
        Assert.Empty(printer.Jobs);
    }

    [Fact]
    public async Task PrintAsync_StatusQueriesDisabled_PrintsWithUnknownStatus()
    {
        await using var printer = new LoopbackNetworkPrinter { AnswerStatus = false };
        var port = new RawTcpPrinterPort("127.0.0.1", printer.Port, new RawTcpPrinterPortOptions { QueryStatus = false });
        using var thermal = new EscPosPrinter(port);

        var result = await thermal.PrintAsync(Receipts.Polish());

        Assert.True(result.Succeeded, result.ToString());
        Assert.False(result.Status.Known);
        Assert.NotEmpty(await printer.NextJobAsync(Wait));
    }

    [Fact]
    public async Task PrintAsync_TwoJobs_UseTwoConnectionsAndArriveInOrder()
    {
        await using var printer = new LoopbackNetworkPrinter();
        using var thermal = new EscPosPrinter(new RawTcpPrinterPort("127.0.0.1", printer.Port));

        Assert.True((await thermal.PrintAsync(Receipts.Polish())).Succeeded);
        Assert.True((await thermal.PrintAsync(Receipts.Polish() with { TicketNumber = "A018" })).Succeeded);
        var firstJob = await printer.NextJobAsync(Wait);
        var secondJob = await printer.NextJobAsync(Wait);

        Assert.Equal("A017", EscPosDecoder.Decode(firstJob).LineContaining("A01").Text);
        Assert.Equal("A018", EscPosDecoder.Decode(secondJob).LineContaining("A01").Text);
    }

    [Fact]
    public void Decode_BytesWithoutFixedBits_AreUnknownStatus()
    {
        Assert.False(RealTimeStatus.Decode(0x00, 0x12, 0x12).Known);
        Assert.True(RealTimeStatus.Decode(0x12, 0x12, 0x12).Known);
    }
}
