using System.IO.Ports;
using EdgeQueue.Hardware.Printing.Ports;

namespace EdgeQueue.Hardware.Tests.Printing.Ports;

public sealed class SerialLineTests
{
    [Theory]
    [InlineData("/dev/ttyUSB0", "/dev/ttyUSB0", 9600, Handshake.None)]
    [InlineData("/dev/ttyUSB0?baud=19200", "/dev/ttyUSB0", 19200, Handshake.None)]
    [InlineData("/dev/serial0?baud=115200&flow=rtscts", "/dev/serial0", 115200, Handshake.RequestToSend)]
    [InlineData("/dev/ttyAMA0?flow=xonxoff", "/dev/ttyAMA0", 9600, Handshake.XOnXOff)]
    public void TryParse_SiteFileLine_DeviceBaudAndFlow(string text, string device, int baud, Handshake flow)
    {
        Assert.True(SerialLine.TryParse(text, out var line, out var error), error);

        Assert.Equal(new SerialLine(device, baud, flow), line);
    }

    [Theory]
    [InlineData("ttyUSB0", "'ttyUSB0' must start with the device path, e.g. /dev/ttyUSB0?baud=19200")]
    [InlineData("/dev/ttyUSB0?baud=19201", "baud '19201' is not one of 1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200")]
    [InlineData("/dev/ttyUSB0?flow=dtr", "flow 'dtr' must be none, rtscts or xonxoff")]
    [InlineData("/dev/ttyUSB0?parity=even", "'parity=even' is not an option of a serial line (baud, flow)")]
    public void TryParse_Wrong_SaysWhat(string text, string expected)
    {
        Assert.False(SerialLine.TryParse(text, out _, out var error));

        Assert.Equal(expected, error);
    }

    [Fact]
    public void ToString_Line_TheFormItIsWrittenIn()
    {
        Assert.Equal("serial:/dev/ttyUSB0?baud=19200&flow=rtscts", new SerialLine("/dev/ttyUSB0", 19200, Handshake.RequestToSend).ToString());
    }
}
