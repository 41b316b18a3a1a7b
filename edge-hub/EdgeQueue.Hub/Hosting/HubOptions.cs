using System.Device.Gpio;
using System.Device.Spi;
using EdgeQueue.Hub.Central;
using EdgeQueue.Hub.Site;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Hub.Hosting;

/// <summary>How to start a hub: the site, the data folder, and overrides of the site file's ports.</summary>
public sealed record HubOptions
{
    public required SiteDefinition Site { get; init; }

    /// <summary>
    /// The site file <see cref="Site"/> was read from: the hub watches it and applies changed device
    /// credentials at once, and the technician page adds and removes devices in it. Null: neither.
    /// </summary>
    public string? SiteFile { get; init; }

    /// <summary>Queue database, print captures and announcement files live here.</summary>
    public required string DataFolder { get; init; }

    /// <summary>Kestrel URLs (e.g. "http://127.0.0.1:0"); overrides the site file's http section.</summary>
    public string? Urls { get; init; }

    /// <summary>HTTP port on the site file's bind address (0: a free one); overrides http.port.</summary>
    public int? HttpPort { get; init; }

    /// <summary>Embedded broker port (0: a free one); overrides broker.port.</summary>
    public int? MqttPort { get; init; }

    /// <summary>Bind address of both listeners; overrides the site file (tests use 127.0.0.1).</summary>
    public string? Bind { get; init; }

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>
    /// Timeouts of sockets (the MQTT client of an external broker, network printers); null: <see cref="Time"/>.
    /// The simulator runs the hub on a scaled day clock (EDGEQUEUE_CLOCK), under which a 10 s connect
    /// timeout would shrink to milliseconds: network waits stay on this real clock.
    /// </summary>
    public TimeProvider? NetworkTime { get; init; }

    /// <summary>Tuning of the link to central (batch sizes, resend and status intervals); null: the defaults.</summary>
    public CentralLinkOptions? CentralLink { get; init; }

    /// <summary>
    /// The driver of the hub's pins when the site file has a <c>gpio</c> section; null: libgpiod on
    /// the named chip (the Pi). Tests and the demo pass the simulated driver.
    /// </summary>
    public GpioDriver? Gpio { get; init; }

    /// <summary>A WS2812 status light's SPI device (<c>gpio.statusLight.ws2812</c>); null: the Pi's spidev.</summary>
    public SpiDevice? StatusLightSpi { get; init; }

    /// <summary>
    /// The SPI device of the LED board when the site file has a <c>ledBoard</c> section; null:
    /// /dev/spidev{bus}.{cs} (the Pi). Tests and the demo pass the simulated MAX7219 chain.
    /// </summary>
    public SpiDevice? LedBoardSpi { get; init; }

    /// <summary>Replaces the console log (tests route it to their output).</summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; init; }
}
