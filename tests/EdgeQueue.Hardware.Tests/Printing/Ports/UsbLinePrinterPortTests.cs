using EdgeQueue.Hardware.Printing;
using EdgeQueue.Hardware.Printing.Ports;
using EdgeQueue.Testing;
using EdgeQueue.Simulation.Printing;

namespace EdgeQueue.Hardware.Tests.Printing.Ports;

/// <summary>No USB printer exists here: the device file is played by a plain file, and the
/// LPGETSTATUS byte is checked through its decoding.</summary>
public sealed class UsbLinePrinterPortTests
{
    [Fact]
    public async Task PrintAsync_DeviceFileMissing_ReturnsPrinterOfflineNamingTheDevice()
    {
        using var folder = new TempDirectory("eq-usb");
        using var thermal = new EscPosPrinter(new UsbLinePrinterPort(folder.File("lp0")));

        var result = await thermal.PrintAsync(Receipts.Polish());

        Assert.Equal(PrintFailure.PrinterOffline, result.Failure);
        Assert.Contains("lp0 does not exist", result.Message, StringComparison.Ordinal);
        Assert.Contains("usblp", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_ExistingDeviceFile_ReceivesTheBytes()
    {
        using var folder = new TempDirectory("eq-usb");
        var device = folder.File("lp0");
        await File.WriteAllBytesAsync(device, []);
        var port = new UsbLinePrinterPort(device);
        var bytes = new EscPosTicketEncoder().Encode(Receipts.Polish());

        await port.WriteAsync(bytes, CancellationToken.None);

        Assert.Equal("A017", EscPosDecoder.Decode(await File.ReadAllBytesAsync(device)).LineContaining("A017").Text);
    }

    [Fact]
    public async Task QueryStatusAsync_FileThatIsNoPrinter_IsUnknownNotOffline()
    {
        using var folder = new TempDirectory("eq-usb");
        var device = folder.File("lp0");
        await File.WriteAllBytesAsync(device, []);

        var status = await new UsbLinePrinterPort(device).QueryStatusAsync(CancellationToken.None);

        Assert.False(status.Known);
    }

    [Theory]
    [InlineData(0x18, true, PaperState.Ok)]
    [InlineData(0x38, true, PaperState.Out)]
    [InlineData(0x08, false, PaperState.Ok)]
    [InlineData(0x10, false, PaperState.Ok)]
    public void Decode_PortStatusByte_MapsSelectErrorAndPaperBits(int portStatus, bool online, PaperState paper)
    {
        var status = UsbLinePrinterPort.Decode(portStatus);

        Assert.Equal((true, online, paper), (status.Known, status.Online, status.Paper));
    }
}
