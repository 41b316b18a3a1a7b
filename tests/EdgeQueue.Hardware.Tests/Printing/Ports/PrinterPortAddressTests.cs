using EdgeQueue.Hardware.Printing.Ports;
using EdgeQueue.Testing;

namespace EdgeQueue.Hardware.Tests.Printing.Ports;

public sealed class PrinterPortAddressTests
{
    [Theory]
    [InlineData("usb:/dev/usb/lp0", "usb:/dev/usb/lp0")]
    [InlineData("tcp://10.1.2.3:9100", "tcp://10.1.2.3:9100")]
    [InlineData("tcp://kiosk-printer-2", "tcp://kiosk-printer-2:9100")]
    [InlineData("tcp://10.1.2.3:9101", "tcp://10.1.2.3:9101")]
    public void Create_ValidAddress_GivesThePortNamedAlike(string address, string name) =>
        Assert.Equal(name, PrinterPortAddress.Create(address).Name);

    [Fact]
    public void Create_FileAddress_CapturesIntoThatFolder()
    {
        using var folder = new TempDirectory("eq-port");

        var port = PrinterPortAddress.Create($"file:{folder.Path}");

        Assert.IsType<FileCapturePrinterPort>(port);
        Assert.Equal($"file:{folder.Path}", port.Name);
    }

    [Theory]
    [InlineData("lp0")]
    [InlineData("usb:lp0")]
    [InlineData("tcp://")]
    [InlineData("tcp://host:9100/path")]
    [InlineData("http://printer")]
    [InlineData("file:")]
    public void Create_InvalidAddress_SaysWhatIsExpected(string address)
    {
        var error = Assert.Throws<ArgumentException>(() => PrinterPortAddress.Create(address));

        Assert.Contains($"Printer address '{address}' is not valid", error.Message, StringComparison.Ordinal);
    }
}
