using EdgeQueue.Hardware.Printing;
using EdgeQueue.Hardware.Printing.Ports;
using EdgeQueue.Simulation.Printing;
using EdgeQueue.Testing;

namespace EdgeQueue.Hardware.Tests.Printing.Ports;

/// <summary>
/// The serial port through System.IO.Ports against a printer at the far end of a real
/// pseudo-terminal (the kernel's tty layer, termios and all), as a USB-serial adapter presents it.
/// </summary>
public sealed class SerialPrinterPortTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task PrintAsync_ReadySerialPrinter_ReceivesTheDecodableTicket()
    {
        using var printer = new SerialLinePrinter();
        using var port = new SerialPrinterPort(new SerialLine(printer.Device, 19200));
        using var thermal = new EscPosPrinter(port);

        var result = await thermal.PrintAsync(Receipts.Polish());

        Assert.True(result.Succeeded, result.ToString());
        var document = EscPosDecoder.Decode(await printer.NextJobAsync(Wait));
        Assert.Equal("A017", document.LineContaining("A017").Text);
        Assert.Equal(EscPosCut.Partial, document.Cut);
        Assert.Equal(PaperState.Ok, result.Status.Paper);
    }

    [Fact]
    public async Task PrintAsync_TwoTicketsOneAfterTheOther_BothArriveOnTheReopenedLine()
    {
        using var printer = new SerialLinePrinter();
        using var port = new SerialPrinterPort(new SerialLine(printer.Device));
        using var thermal = new EscPosPrinter(port);

        var first = await thermal.PrintAsync(Receipts.Polish());
        var second = await thermal.PrintAsync(Receipts.Polish() with { TicketNumber = "B002" });

        Assert.True(first.Succeeded && second.Succeeded, $"{first} / {second}");
        Assert.Equal("A017", EscPosDecoder.Decode(await printer.NextJobAsync(Wait)).LineContaining("A017").Text);
        Assert.Equal("B002", EscPosDecoder.Decode(await printer.NextJobAsync(Wait)).LineContaining("B002").Text);
    }

    [Fact]
    public async Task QueryStatusAsync_PaperOutAnswers_ReportsPaperOutAndOffline()
    {
        using var printer = new SerialLinePrinter { Status = LoopbackNetworkPrinter.PaperOutStatus };
        using var port = new SerialPrinterPort(new SerialLine(printer.Device));

        var status = await port.QueryStatusAsync(CancellationToken.None);

        Assert.Equal(new PrinterStatus(Known: true, Online: false, PaperState.Out, CoverOpen: false), status);
    }

    [Fact]
    public async Task PrintAsync_PaperOut_FailsWithPaperOutAndSendsNoTicket()
    {
        using var printer = new SerialLinePrinter { Status = LoopbackNetworkPrinter.PaperOutStatus };
        using var port = new SerialPrinterPort(new SerialLine(printer.Device));
        using var thermal = new EscPosPrinter(port);

        var result = await thermal.PrintAsync(Receipts.Polish());

        Assert.Equal(PrintFailure.PaperOut, result.Failure);
        await Assert.ThrowsAsync<TimeoutException>(() => printer.NextJobAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task QueryStatusAsync_PrinterNeverAnswers_TimeoutNamingTheLineAndTheCure()
    {
        using var printer = new SerialLinePrinter { AnswerStatus = false };
        using var port = new SerialPrinterPort(new SerialLine(printer.Device), new SerialPrinterPortOptions { IoTimeout = TimeSpan.FromMilliseconds(200) });

        var error = await Assert.ThrowsAsync<PrinterPortException>(() => port.QueryStatusAsync(CancellationToken.None));

        Assert.Equal(PrintFailure.Timeout, error.Failure);
        Assert.Contains($"serial:{printer.Device}?baud=9600", error.Message, StringComparison.Ordinal);
        Assert.Contains("did not answer DLE EOT 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_NoSuchDevice_OfflineNamingTheLine()
    {
        using var port = new SerialPrinterPort(new SerialLine("/dev/ttyUSB97"));

        var error = await Assert.ThrowsAsync<PrinterPortException>(() => port.WriteAsync(new byte[] { 0x1B, 0x40 }, CancellationToken.None));

        Assert.Equal(PrintFailure.PrinterOffline, error.Failure);
        Assert.StartsWith("Printer serial:/dev/ttyUSB97?baud=9600 cannot be opened", error.Message, StringComparison.Ordinal);
    }
}
