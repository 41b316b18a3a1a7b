using EdgeQueue.Hardware.Printing;
using EdgeQueue.Hardware.Printing.Ports;
using EdgeQueue.Testing;
using EdgeQueue.Simulation.Printing;

namespace EdgeQueue.Hardware.Tests.Printing.Ports;

public sealed class FileCapturePrinterPortTests
{
    [Fact]
    public async Task PrintAsync_EachTicket_GoesToItsOwnFile()
    {
        using var folder = new TempDirectory("eq-capture");
        var port = new FileCapturePrinterPort(folder.Path);
        using var thermal = new EscPosPrinter(port);

        await thermal.PrintAsync(Receipts.Polish());
        var first = port.LastFile;
        await thermal.PrintAsync(Receipts.Polish() with { TicketNumber = "B001" });

        var files = Directory.GetFiles(folder.Path, "*.escpos").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(2, files.Length);
        Assert.Equal(first, files[0]);
        Assert.Equal("B001", EscPosDecoder.Decode(await File.ReadAllBytesAsync(files[1])).LineContaining("B001").Text);
    }

    [Fact]
    public async Task PrintAsync_SimulatedPaperOut_FailsAndWritesNothing()
    {
        using var folder = new TempDirectory("eq-capture");
        var port = new FileCapturePrinterPort(folder.Path)
        {
            SimulatedStatus = new PrinterStatus(Known: true, Online: false, PaperState.Out, CoverOpen: false),
        };
        using var thermal = new EscPosPrinter(port);

        var result = await thermal.PrintAsync(Receipts.Polish());

        Assert.Equal(PrintFailure.PaperOut, result.Failure);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public async Task PrintAsync_InvalidReceipt_ReturnsInvalidReceiptWithoutThrowing()
    {
        using var folder = new TempDirectory("eq-capture");
        using var thermal = new EscPosPrinter(new FileCapturePrinterPort(folder.Path));

        var result = await thermal.PrintAsync(Receipts.Polish() with { TicketNumber = " " });

        Assert.Equal(PrintFailure.InvalidReceipt, result.Failure);
        Assert.Contains("ticket number is empty", result.Message, StringComparison.Ordinal);
    }
}
