using EdgeQueue.Hardware.Audio;
using EdgeQueue.Hardware.Indicators;
using EdgeQueue.Hub.Announcements;
using EdgeQueue.Hub.Central;
using EdgeQueue.Hub.Devices;
using EdgeQueue.Hub.Display;
using EdgeQueue.Hub.Fixtures;
using EdgeQueue.Hub.Gateway;
using EdgeQueue.Hub.Printing;
using EdgeQueue.Hub.Queue;
using EdgeQueue.Hub.Site;
using EdgeQueue.Hub.Web;
using EdgeQueue.Queue.Storage;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Hub.Hosting;

/// <summary>The hub's parts, built from the site file and wired together; owned by <see cref="HubHost"/>.</summary>
internal sealed class HubParts
{
    public required SiteDefinition Site { get; init; }

    public required ILogger Logger { get; init; }

    /// <summary>The hub's clock (the queue's, opening hours', the hall screen's): real, or the simulator's scaled day.</summary>
    public required TimeProvider Time { get; init; }

    public required ISiteQueue Queue { get; init; }

    /// <summary>
    /// The durable store under <see cref="Queue"/>: its outbox and booking feed for the central link,
    /// its health for the technician page and <c>/health</c>. Held here, at the composition root,
    /// so the queue facade has no back door.
    /// </summary>
    public required SiteQueue Store { get; init; }

    public required ISiteBus Bus { get; init; }

    public required DeviceRegistry Registry { get; init; }

    public required HallBoard Board { get; init; }

    public required DeviceOutputs Outputs { get; init; }

    public required PrinterPool Printers { get; init; }

    public required ISpeaker? Speaker { get; init; }

    public required string AudioDescription { get; init; }

    public required DeviceGateway Gateway { get; init; }

    public required QueueProjection Projection { get; init; }

    public required ServerSentEvents HallEvents { get; init; }

    public required ServerSentEvents DeviceEvents { get; init; }

    public required TechnicianGate Technician { get; init; }

    /// <summary>The link to central (issue 9), or null when the site file has no <c>central</c> section.</summary>
    public CentralLink? Central { get; init; }

    /// <summary>On with a 5 s press of the service button; shown on the technician page.</summary>
    public required TechnicianMode TechnicianMode { get; init; }

    /// <summary>The status light and service button on the hub's pins, or null when the site file wires none.</summary>
    public HubFixtures? Fixtures { get; init; }

    /// <summary>Why the site file's fixtures are off (the chip could not be opened), or null.</summary>
    public string? GpioProblem { get; init; }

    /// <summary>The hall LED board, or null when the site file has none or its SPI device failed.</summary>
    public HallLedBoard? LedBoard { get; init; }

    /// <summary>Why the site file's LED board is off, or null.</summary>
    public string? LedBoardProblem { get; init; }

    /// <summary>Applies the site file's changed device credentials while running; null when the hub was started without its path.</summary>
    public SiteCredentialsReload? CredentialsReload { get; init; }

    public DevicesView DevicesView()
    {
        var storage = Store.Storage;
        return new(Site.Name, Site.TimeZone.Id, Bus.Description, Registry.Snapshot(), Outputs.ConfigVersion,
            Central is { } central ? $"{central.State.ToString().ToLowerInvariant()} ({central.Description})" : null,
            storage.Word, storage.Problem, storage.Since, TechnicianMode.Since,
            GpioProblem is { } problem ? $"unavailable: {problem}" : LightWord(Fixtures?.StatusLight),
            LedBoardProblem is { } boardProblem ? $"unavailable: {boardProblem}" : LedBoardWord());
    }

    private string? LedBoardWord() => Site.LedBoard is { } board && LedBoard is not null
        ? $"moduły {board.Layout.Rows} × {board.Layout.ModulesPerRow}, stanowiska {string.Join(", ", board.Counters)}, wyświetlonych klatek: {LedBoard.Frames}"
        : null;

    private static string? LightWord(IStatusLight? light) => light is null
        ? null
        : light.Color.ToString().ToLowerInvariant() + (light.Blinking ? " blinking" : string.Empty);

    /// <summary>Builds every part; each that needs stopping is added to <paramref name="cleanup"/> in start order.</summary>
    public static HubParts Create(HubOptions options, string data, ILoggerFactory loggers, List<Func<ValueTask>> cleanup)
    {
        var site = options.Site;
        var time = options.Time;
        var log = loggers.CreateLogger("hub");
        var (configuredSite, centralConfigVersion) = CentralConfiguration.ApplySaved(site, data, log);
        site = configuredSite;
        var store = SiteQueue.Open(Path.Combine(data, StoredSiteQueue.FileName), site.Queue, time);
        var queue = new StoredSiteQueue(store, site.TimeZone, time);
        cleanup.Add(queue.DisposeAsync);
        var effectiveSite = options.Bind is { } bind && site.Broker.Embedded
            ? site with { Broker = site.Broker with { Bind = bind } }
            : site;
        ISiteBus bus = site.Broker.Embedded
            ? new EmbeddedSiteBus(effectiveSite, options.MqttPort ?? site.Broker.Port, options.NetworkTime ?? time, loggers)
            : new ExternalSiteBus(site, options.NetworkTime ?? time, loggers.CreateLogger("broker"));
        cleanup.Add(bus.DisposeAsync);
        var printers = new PrinterPool(site, data, time, options.NetworkTime);
        AddDisposer(cleanup, printers);
        var (announcer, speaker, audio) = CreateAnnouncer(site, data, time, loggers.CreateLogger("audio"));
        if (speaker is IAsyncDisposable disposableSpeaker)
        {
            cleanup.Add(disposableSpeaker.DisposeAsync);
        }

        var registry = new DeviceRegistry(site, time);
        var monitor = new PrinterMonitor(site, printers, registry, time, loggers.CreateLogger("printers"));
        cleanup.Add(monitor.DisposeAsync);
        var board = new HallBoard(site);
        var outputs = new DeviceOutputs(site);
        var projection = new QueueProjection(site, queue, bus, board, outputs, announcer, registry, time, loggers.CreateLogger("calls"));
        cleanup.Add(projection.DisposeAsync);
        var printing = new TicketPrinting(site, queue, printers, registry, loggers.CreateLogger("printers"));
        cleanup.Add(printing.DisposeAsync);
        var gateway = new DeviceGateway(site, bus, queue, printing, registry, time, loggers.CreateLogger("devices"));
        cleanup.Add(gateway.DisposeAsync);
        var central = site.Central is { } link
            ? new CentralLink(site, link, store, registry, data, centralConfigVersion, options.CentralLink ?? new CentralLinkOptions(), time,
                options.NetworkTime ?? time, loggers.CreateLogger("central"))
            : null;
        if (central is not null)
        {
            cleanup.Add(central.DisposeAsync);
        }
        var technicianMode = new TechnicianMode(time);
        AddDisposer(cleanup, technicianMode);
        var fixtures = HubFixtures.Create(site, options.Gpio, options.StatusLightSpi, store, registry, technicianMode, central, printers, announcer, time,
            loggers.CreateLogger("gpio"), out var gpioProblem);
        AddDisposer(cleanup, fixtures);

        var ledBoard = LedBoardDriver.Create(site, options.LedBoardSpi, data, queue, board, time, loggers.CreateLogger("ledboard"), out var ledBoardProblem);
        AddDisposer(cleanup, ledBoard);

        var reload = options.SiteFile is { } sitePath
            ? new SiteCredentialsReload(sitePath, site, bus, options.NetworkTime ?? time, loggers.CreateLogger("site"))
            : null;
        if (reload is not null)
        {
            cleanup.Add(reload.DisposeAsync);
        }

        HubParts? parts = null;
        var deviceEvents = new ServerSentEvents("devices", () => HubJson.Serialize(parts!.DevicesView()));
        parts = new HubParts
        {
            Site = site,
            Logger = log,
            Time = time,
            Queue = queue,
            Store = store,
            Bus = bus,
            Registry = registry,
            Board = board,
            Outputs = outputs,
            Printers = printers,
            Speaker = speaker,
            AudioDescription = audio,
            Gateway = gateway,
            Projection = projection,
            HallEvents = new ServerSentEvents("hall", () => board.CurrentJson),
            DeviceEvents = deviceEvents,
            Technician = new TechnicianGate(site.Technician, time),
            Central = central,
            TechnicianMode = technicianMode,
            Fixtures = fixtures,
            GpioProblem = gpioProblem,
            LedBoard = ledBoard,
            LedBoardProblem = ledBoardProblem,
            CredentialsReload = reload,
        };
        var hallEvents = parts.HallEvents;
        board.Changed += view => hallEvents.Publish(() => HallBoard.ToJson(view));
        registry.Changed += _ => deviceEvents.Publish(() => HubJson.Serialize(parts.DevicesView()));
        technicianMode.Changed += _ => deviceEvents.Publish(() => HubJson.Serialize(parts.DevicesView()));
        store.StorageChanged += storage =>
        {
            if (storage.Failing)
            {
                log.LogError("Queue store {Path} refuses commits: {Problem}; every device event is answered storage-failure until it works again",
                    store.Path, storage.Problem);
            }
            else
            {
                log.LogWarning("Queue store {Path} takes commits again", store.Path);
            }

            deviceEvents.Publish(() => HubJson.Serialize(parts.DevicesView()));
        };
        if (central is not null)
        {
            central.StateChanged += _ => deviceEvents.Publish(() => HubJson.Serialize(parts.DevicesView()));
        }
        return parts;
    }

    /// <summary>A part that stops synchronously (or is absent), in the cleanup list.</summary>
    private static void AddDisposer(List<Func<ValueTask>> cleanup, IDisposable? part)
    {
        if (part is not null)
        {
            cleanup.Add(() =>
            {
                part.Dispose();
                return ValueTask.CompletedTask;
            });
        }
    }

    private static (ICallAnnouncer Announcer, ISpeaker? Speaker, string Description) CreateAnnouncer(
        SiteDefinition site, string data, TimeProvider time, ILogger log)
    {
        var audio = site.Audio;
        var output = audio.Output == AudioOutput.Auto ? (HasSoundCard() ? AudioOutput.Aplay : AudioOutput.Folder) : audio.Output;
        if (output == AudioOutput.None)
        {
            return (new SilentAnnouncer(), null, "off");
        }

        var clips = audio.ClipsFolder is { } folder ? VoiceClipSet.Load(Path.Combine(data, folder)) : VoiceClipSet.LoadDefault();
        var composer = new AnnouncementComposer(clips);
        if (output == AudioOutput.Aplay)
        {
            var aplay = new AplaySpeaker(new AplaySpeakerOptions { Device = audio.Device, Repeat = audio.Repeat }, time);
            return (new HallAnnouncer(composer, aplay, log), aplay, $"aplay{(audio.Device is { } d ? $" -D {d}" : string.Empty)}, repeat {audio.Repeat}");
        }

        var files = new WavFileSpeaker(Path.Combine(data, audio.Folder), time);
        return (new HallAnnouncer(composer, files, log), files, $"WAV files in {files.Folder}");
    }

    /// <summary>ALSA lists its cards in /proc/asound/cards; "--- no soundcards ---" when there are none.</summary>
    private static bool HasSoundCard()
    {
        try
        {
            return File.Exists("/proc/asound/cards")
                && !File.ReadAllText("/proc/asound/cards").Contains("no soundcards", StringComparison.OrdinalIgnoreCase);
        }
        catch (IOException)
        {
            return false;
        }
    }
}
