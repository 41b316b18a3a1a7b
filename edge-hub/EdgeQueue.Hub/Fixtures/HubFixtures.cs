using System.Device.Gpio;
using System.Device.Gpio.Drivers;
using System.Device.Spi;
using EdgeQueue.Hardware.Buttons;
using EdgeQueue.Hardware.Indicators;
using EdgeQueue.Hub.Announcements;
using EdgeQueue.Hub.Central;
using EdgeQueue.Hub.Devices;
using EdgeQueue.Hub.Printing;
using EdgeQueue.Hub.Site;
using EdgeQueue.Queue.Storage;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Hub.Fixtures;

/// <summary>
/// The fixtures on the hub's own pins, composed from the site file's <c>gpio</c> section through
/// System.Device.Gpio: one <see cref="GpioController"/> on the named gpiochip (libgpiod), the
/// status light and the service button on it. Without the section nothing is opened, so a hub
/// with no wiring (or no GPIO at all, as on a build machine) starts as before. A chip that cannot
/// be opened does not stop the hall: the hub serves without its fixtures and says why.
/// </summary>
public sealed class HubFixtures : IDisposable
{
    public static readonly TimeSpan ServiceButtonLongPress = TimeSpan.FromSeconds(5);

    private readonly GpioController _controller;
    private readonly BlinkingLight? _light;
    private readonly HubStatusLight? _statusLight;
    private readonly GpioPushButton? _button;
    private readonly ServiceButtonActions? _actions;

    private HubFixtures(GpioController controller, BlinkingLight? light, HubStatusLight? statusLight, GpioPushButton? button,
        ServiceButtonActions? actions)
    {
        _controller = controller;
        _light = light;
        _statusLight = statusLight;
        _button = button;
        _actions = actions;
    }

    /// <summary>The light as driven now, or null when the site has none.</summary>
    public IStatusLight? StatusLight => _light;

    /// <summary>The test prints of service-button presses so far (tests wait for them).</summary>
    public Task ServiceTestsDone => _actions?.TestsDone ?? Task.CompletedTask;

    /// <param name="driver">The pins' driver; null: libgpiod on the site file's chip (the Pi).</param>
    /// <param name="lightSpi">A WS2812 light's SPI device; null: the Pi's spidev the site file names.</param>
    /// <param name="problem">Why the fixtures are off although the site file names them, else null.</param>
    public static HubFixtures? Create(
        SiteDefinition site, GpioDriver? driver, SpiDevice? lightSpi, SiteQueue store, DeviceRegistry registry, TechnicianMode technician, CentralLink? central,
        PrinterPool printers, ICallAnnouncer announcer, TimeProvider time, ILogger logger, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(site);
        problem = null;
        if (site.Gpio is not { } gpio)
        {
            return null;
        }

        GpioController controller;
        try
        {
            controller = new GpioController(driver ?? new LibGpiodDriver(gpio.Chip));
        }
        catch (Exception e) when (DeviceOpening.Failed(e))
        {
            problem = $"gpio.chip {gpio.Chip} cannot be opened ({e.Message}); check `gpiodetect`, the gpio group and libgpiod2";
            logger.LogError("{Problem}: the hall is served without its status light and service button", problem);
            return null;
        }

        BlinkingLight? light = null;
        HubStatusLight? statusLight = null;
        GpioPushButton? button = null;
        ServiceButtonActions? actions = null;
        try
        {
            light = gpio switch
            {
                { StatusLight: { } pins } => new RgbStatusLight(controller, pins, time),
                { Ws2812: { } led } => new Ws2812StatusLight(lightSpi ?? SpiDevice.Create(new SpiConnectionSettings(led.Bus, led.ChipSelect)
                {
                    ClockFrequency = Ws2812StatusLight.SpiClockFrequency,
                }), led.Brightness, time),
                _ => null,
            };
            if (light is not null)
            {
                statusLight = new HubStatusLight(light, store, registry, technician, central);
            }

            if (gpio.ServiceButton is { } pin)
            {
                button = new GpioPushButton("service", controller, pin, new ButtonOptions { LongPress = ServiceButtonLongPress }, time);
                actions = new ServiceButtonActions(button, site, printers, announcer, technician, time, logger);
            }
        }
        catch (Exception e)
        {
            button?.Dispose();
            statusLight?.Dispose();
            light?.Dispose();
            controller.Dispose();
            if (!DeviceOpening.Failed(e))
            {
                throw;
            }

            problem = $"gpio: a fixture cannot be opened ({e.Message}); check the pins, SPI (raspi-config) and the gpio and spi groups";
            logger.LogError("{Problem}: the hall is served without its status light and service button", problem);
            return null;
        }

        logger.LogInformation("GPIO chip {Chip}: status light {Light}, service button {Button}", gpio.Chip,
            gpio switch
            {
                { StatusLight: { } l } => $"R{l.Red} G{l.Green} B{l.Blue}{(l.ActiveLow ? " (active low)" : string.Empty)}",
                { Ws2812: { } w } => $"WS2812 on spidev{w.Bus}.{w.ChipSelect} at {w.Brightness} %",
                _ => "none",
            },
            gpio.ServiceButton is { } b ? $"line {b}" : "none");
        return new HubFixtures(controller, light, statusLight, button, actions);
    }

    public void Dispose()
    {
        _actions?.Dispose();
        _button?.Dispose();
        _statusLight?.Dispose();
        _light?.Dispose();
        _controller.Dispose();
    }
}
