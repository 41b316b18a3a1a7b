using EdgeQueue.Hub.Site;
using EdgeQueue.Hub.Site.Validation;

namespace EdgeQueue.Hub.Tests.Site.Validation;

public sealed class PrintersValidatorTests
{
    [Fact]
    public void Build_OnePortEach_Accepted()
    {
        var problems = new List<string>();

        var printers = new PrintersValidator(new SiteProblems(problems)).Build(
            [new PrinterSection { Id = "kiosk-1", Usb = "/dev/usb/lp0" }, new PrinterSection { Id = "kiosk-2", Tcp = "10.0.5.21:9100" }]);

        Assert.Empty(problems);
        Assert.Equal(["kiosk-1", "kiosk-2"], printers.Select(p => p.Id));
    }

    [Fact]
    public void Build_TwoPortsOrABadAddress_Refused()
    {
        var problems = new List<string>();

        new PrintersValidator(new SiteProblems(problems)).Build(
            [new PrinterSection { Id = "kiosk-1", Usb = "/dev/usb/lp0", Folder = "prints" }, new PrinterSection { Id = "kiosk-2", Tcp = "printer" }]);

        Assert.Contains(problems, p => p.StartsWith("printers[0]: give exactly one of usb", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("printers[1].tcp: 'printer' must be host:port", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_SerialLine_AcceptedWithItsBaudAndABadOneRefused()
    {
        var problems = new List<string>();

        var printers = new PrintersValidator(new SiteProblems(problems)).Build(
            [new PrinterSection { Id = "kiosk-1", Serial = "/dev/ttyUSB0?baud=19200" }, new PrinterSection { Id = "kiosk-2", Serial = "/dev/ttyUSB1?baud=300" }]);

        Assert.Equal(new PrinterDefinition("kiosk-1", PrinterConnection.Serial, "/dev/ttyUSB0?baud=19200"), Assert.Single(printers));
        Assert.Equal(["printers[1].serial: baud '300' is not one of 1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200"], problems);
    }
}
