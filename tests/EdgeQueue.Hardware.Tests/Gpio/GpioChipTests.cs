using EdgeQueue.Hardware.Gpio;

namespace EdgeQueue.Hardware.Tests.Gpio;

/// <summary>No GPIO chip exists on a build machine: these check the failures a technician would meet.</summary>
public sealed class GpioChipTests
{
    [Fact]
    public void Open_MissingChip_SaysHowToListChips()
    {
        var error = Assert.Throws<IOException>(() => GpioChip.Open(97));

        Assert.Contains("/dev/gpiochip97 does not exist", error.Message, StringComparison.Ordinal);
        Assert.Contains("ls /dev/gpiochip*", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_DeviceThatIsNoGpioChip_IsRefusedByTheChipInfoIoctl()
    {
        var error = Assert.Throws<IOException>(() => GpioChip.Open("/dev/null"));

        Assert.Contains("/dev/null is not a GPIO chip", error.Message, StringComparison.Ordinal);
    }
}
