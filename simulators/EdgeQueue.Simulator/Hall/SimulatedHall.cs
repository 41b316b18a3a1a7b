using System.Globalization;
using EdgeQueue.Hosting;
using EdgeQueue.Hub.Central;
using EdgeQueue.Hub.Queue;
using EdgeQueue.Hub.Site;
using EdgeQueue.Simulation.LedBoard;
using EdgeQueue.Simulation.Traffic;
using EdgeQueue.Simulator.Devices;
using EdgeQueue.Simulator.Faults;
using EdgeQueue.Simulator.People;
using EdgeQueue.Simulator.Reporting;

namespace EdgeQueue.Simulator.Hall;

/// <summary>
/// A whole hall on one machine: the site broker, the hub as a child process on the simulated
/// clock, three dispensers and eight keypads running the firmware core, the kiosk printers, and a
/// day of residents and clerks from the traffic model, with faults on order. With central (the
/// demo) also the city broker and central on the same clock, where the booked visitors book. At
/// the end the hub is stopped and its database is read back for the loss check and the report.
/// </summary>
internal sealed class SimulatedHall : IAsyncDisposable
{
    private static readonly TimeSpan DevicesOnlineTimeout = TimeSpan.FromSeconds(60);

    /// <summary>After closing, the clerks get this long to finish the queue before the day is cut.</summary>
    private static readonly TimeSpan DrainLimit = TimeSpan.FromHours(4);

    private const int HubStartAttempts = 5;

    // Real time: central and the hub each dial the city broker with a back-off of a few seconds at most.
    private static readonly TimeSpan BookingsSyncTimeout = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan EventsSyncTimeout = TimeSpan.FromSeconds(30);

    private readonly HallRunOptions _options;
    private readonly TextWriter _output;
    private readonly List<KioskPrinter> _printers = [];
    private readonly List<SimulatedDispenser> _dispensers = [];
    private readonly List<SimulatedKeypad> _keypads = [];
    private readonly List<SimulatedCounterDisplay> _boards = [];
    private readonly WireLedger _ledger = new();
    private readonly HallRoster _roster = new();
    private SiteBroker? _broker;
    private ChildService? _hub;
    private CityBroker? _cityBroker;
    private ChildService? _central;

    private SimulatedHall(HallRunOptions options, TextWriter output, DayPlan plan, HallLayout layout, string outFolder, string dataFolder)
    {
        _options = options;
        _output = output;
        Plan = plan;
        Layout = layout;
        OutFolder = outFolder;
        DataFolder = dataFolder;
        Credentials = new HallCredentials(layout.DeviceIds);
    }

    /// <summary>The day; with central, its booked visitors carry the codes central gave them.</summary>
    public DayPlan Plan { get; private set; }

    public HallLayout Layout { get; }

    public string OutFolder { get; }

    public string DataFolder { get; }

    public HallCredentials Credentials { get; }

    public SiteDefinition Site { get; private set; } = null!;

    public ScaledTimeProvider Clock { get; private set; } = null!;

    public RunJournal Journal { get; private set; } = null!;

    public DateTimeOffset Opening { get; private set; }

    public DateTimeOffset Closing { get; private set; }

    public Uri HubAddress => _hub!.Address;

    /// <summary>Central's web address; null when the hall runs without central (sim day).</summary>
    public Uri? CentralAddress => _central?.Address;

    public string CentralDataFolder => Path.Combine(DataFolder, "central");

    public IReadOnlyList<SimulatedDevice> Devices => [.. _dispensers, .. _keypads, .. _boards];

    /// <summary>The clerks' keypads, counter 1 first.</summary>
    public IReadOnlyList<SimulatedKeypad> Keypads => _keypads;

    /// <summary>The LED digits above the counters, counter 1 first.</summary>
    public IReadOnlyList<SimulatedCounterDisplay> Boards => _boards;

    /// <summary>The dispensers, disp-01 first.</summary>
    public IReadOnlyList<SimulatedDispenser> Dispensers => _dispensers;

    public IReadOnlyList<KioskPrinter> Printers => _printers;

    public HallRoster Roster => _roster;

    public WireLedger Ledger => _ledger;

    public string DatabasePath => Path.Combine(DataFolder, StoredSiteQueue.FileName);

    /// <summary>Sets the hall up (files, broker, bookings, hub, devices) and returns it ready for the day.</summary>
    public static async Task<SimulatedHall> StartAsync(HallRunOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var profile = HallProfile.CityHall() with
        {
            WalkInsPerDay = options.WalkIns ?? HallProfile.CityHall().WalkInsPerDay,
            BookedVisitsPerDay = options.Bookings ?? HallProfile.CityHall().BookedVisitsPerDay,
        };
        var day = options.Day ?? HallClock.NextWeekday(DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime).AddDays(1));
        var plan = DayTrafficModel.Plan(profile, day, options.Seed);
        var outFolder = Path.GetFullPath(options.OutFolder);
        var dataFolder = Path.GetFullPath(options.DataFolder ?? Path.Combine(outFolder, "data"));
        if (options.DataFolder is null && PreviousRun.MoveAside(dataFolder) is { } previous)
        {
            output.WriteLine($"a new day: the previous run's hub data moved to {previous}");
        }

        if (File.Exists(Path.Combine(dataFolder, StoredSiteQueue.FileName)))
        {
            throw new InvalidOperationException($"{dataFolder} already holds a hub database from another run; give an empty --data folder, or leave --data out (the demo then moves its own previous data aside)");
        }

        Directory.CreateDirectory(outFolder);
        Directory.CreateDirectory(dataFolder);
        var hall = new SimulatedHall(options, output, plan, HallLayout.Demo(profile), outFolder, dataFolder);
        try
        {
            await hall.SetUpAsync(cancellationToken);
            return hall;
        }
        catch
        {
            await hall.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs the day until it is over, <paramref name="cancellationToken"/> ends it (Ctrl-C, --for), or it is cut short.</summary>
    public async Task<HallRunResult> RunDayAsync(CancellationToken cancellationToken)
    {
        using var people = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var kiosks = _dispensers.Select(_ => new SemaphoreSlim(1, 1)).ToList();
        var behaviour = new ResidentBehaviour(Layout, _dispensers, kiosks, _roster, Clock, Opening);
        var residents = Task.WhenAll(Plan.Arrivals.Select(a => behaviour.RunAsync(a, people.Token)));
        var schedule = new ClerkSchedule(Opening, Closing, residents);
        var clerks = _keypads.Select((k, i) => new Clerk(i + 1, k, _roster, Clock, schedule)).ToList();
        var clerking = Task.WhenAll(clerks.Select(c => c.Start(people.Token)));
        var faults = FaultSchedule.Parse(_options.Faults, [.. Layout.DeviceIds], Plan.Profile.Opens, Plan.Profile.Closes);
        var faulting = Task.WhenAll(faults.Select(f => RunNotedAsync(f, people.Token)));
        var drawing = DrawLedBoardAsync(people.Token);
        var completed = false;
        var cutAt = Closing + DrainLimit;
        var cut = SimulatedTime.UntilAsync(Clock, cutAt, people.Token);
        try
        {
            var first = await Task.WhenAny(Task.WhenAll(residents, clerking), cut).WaitAsync(people.Token);
            completed = first != cut;
            if (!completed)
            {
                var working = clerks.Zip(_keypads, _boards).Where(p => p.First.Day is { IsCompleted: false })
                    .Select(p => $"counter {p.First.Counter} ({p.First.Doing}; keypad {p.Second.Mode} '{p.Second.Shows}', display {p.Third.Mode} '{p.Third.Shows}')");
                Journal.Note($"still at work after the drain limit: {string.Join(", ", working)}; residents still in the hall: {(residents.IsCompleted ? 0 : Plan.Arrivals.Count - _roster.Residents.Count(r => r.Ticket is not null || r.LeftBecause is not null))}");
            }

            Journal.Note(completed
                ? "the day is over: every resident has been dealt with and the clerks went home"
                : string.Create(CultureInfo.InvariantCulture, $"the day was cut at {TimeZoneInfo.ConvertTime(cutAt, Site.TimeZone):HH:mm}: the queue was not empty four hours after closing"));
        }
        catch (OperationCanceledException)
        {
            Journal.Note("the run was stopped before the end of the day");
        }

        await people.CancelAsync();
        await Quietly(residents);
        await Quietly(clerking);
        await Quietly(faulting);
        await Quietly(cut);
        await Quietly(drawing);
        foreach (var kiosk in kiosks)
        {
            kiosk.Dispose();
        }

        return await FinishAsync(completed);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var device in Devices)
        {
            await device.DisposeAsync();
        }

        _dispensers.Clear();
        _keypads.Clear();
        _boards.Clear();
        if (_hub is not null)
        {
            await _hub.DisposeAsync();
            _hub = null;
        }

        if (_broker is not null)
        {
            await _broker.DisposeAsync();
            _broker = null;
        }

        if (_central is not null)
        {
            await _central.DisposeAsync(); // SIGTERM, as systemd stops it
            _central = null;
        }

        if (_cityBroker is not null)
        {
            await _cityBroker.DisposeAsync();
            _cityBroker = null;
        }

        foreach (var printer in _printers)
        {
            await printer.DisposeAsync();
        }

        _printers.Clear();
    }

    private static async Task Quietly(Task task)
    {
        try
        {
            await task;
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task SetUpAsync(CancellationToken cancellationToken)
    {
        var tickets = Path.Combine(OutFolder, "tickets");
        for (var i = 0; i < Layout.Dispensers; i++)
        {
            _printers.Add(new KioskPrinter(HallLayout.PrinterId(i), Path.Combine(tickets, HallLayout.PrinterId(i))));
        }

        var brokerPort = FreePorts.Next();
        var httpPort = _options.HttpPort ?? FreePorts.Next();
        var centralPort = _options.CentralPort ?? FreePorts.Next();
        var cityBrokerPort = FreePorts.Next();
        var central = _options.WithCentral
            ? new CentralSection
            {
                Url = string.Create(CultureInfo.InvariantCulture, $"mqtt://127.0.0.1:{cityBrokerPort}"),
                Username = Credentials.CityHubUser,
                Password = Credentials.CityHubPassword,
                PublicUrl = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{centralPort}"),
            }
            : null;
        var sitePath = SiteFileWriter.Write(Path.Combine(DataFolder, "site.json"), Layout, Credentials, brokerPort, httpPort,
            [.. _printers.Select(p => p.Port)], Path.Combine(OutFolder, "announcements"), central);
        Site = SiteFileLoader.Load(sitePath);
        Opening = HallClock.Opening(Plan, Site.TimeZone);
        Closing = HallClock.At(Plan.Day, Plan.Profile.Closes, Site.TimeZone);
        Clock = HallClock.Create(Plan, Site.TimeZone, _options.Speed, TimeProvider.System,
            _options.WithCentral ? HallClock.SetUpAllowanceWithCentral : HallClock.SetUpAllowance);
        Journal = new RunJournal(Clock, Site.TimeZone);
        if (_options.WithCentral)
        {
            await StartCentralAsync(cityBrokerPort, centralPort, cancellationToken);
        }
        else
        {
            var loaded = await BookingLoader.LoadAsync(Site, DataFolder, Plan, Clock);
            Journal.Note(string.Create(CultureInfo.InvariantCulture,
                $"day {Plan.Day:yyyy-MM-dd} (seed {Plan.Seed}, {_options.Speed}×): {Plan.WalkIns.Count()} walk-ins planned, {loaded} bookings loaded into the hub's store"));
        }

        _broker = new SiteBroker(Site, Credentials, brokerPort, Path.Combine(DataFolder, "broker"));
        await _broker.StartAsync(cancellationToken);
        _hub = HubProcess.Create(_options.HubProgram ?? HubProcess.BesideTheSimulator, sitePath, DataFolder, httpPort, Clock);
        var took = await StartHubAsync(cancellationToken);
        Journal.Note(string.Create(CultureInfo.InvariantCulture, $"hub started (pid {_hub.ProcessId}) in {took.TotalSeconds:0.0} s"));
        if (_options.WithCentral)
        {
            await WaitForBookingsAtTheHubAsync(cancellationToken);
        }

        for (var i = 0; i < Layout.Dispensers; i++)
        {
            var id = HallLayout.DispenserId(i);
            var settings = DeviceProvisioning.Settings(id, Site.SiteId, Credentials.Devices[id], brokerPort, _options.Speed);
            _dispensers.Add(new SimulatedDispenser(id, settings, Plan.Profile.Categories.Count, _ledger));
        }

        for (var i = 0; i < Layout.Counters.Count; i++)
        {
            var id = HallLayout.KeypadId(i);
            var settings = DeviceProvisioning.Settings(id, Site.SiteId, Credentials.Devices[id], brokerPort, _options.Speed);
            _keypads.Add(new SimulatedKeypad(id, settings, _ledger));
            var boardId = HallLayout.BoardId(i);
            var boardSettings = DeviceProvisioning.Settings(boardId, Site.SiteId, Credentials.Devices[boardId], brokerPort, _options.Speed);
            _boards.Add(new SimulatedCounterDisplay(boardId, boardSettings, _ledger));
        }

        foreach (var device in Devices)
        {
            device.Start();
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(DevicesOnlineTimeout);
        while (Devices.Any(d => !d.IsOnline))
        {
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"devices not online after {DevicesOnlineTimeout.TotalSeconds} s: {string.Join(", ", Devices.Where(d => !d.IsOnline).Select(d => d.Id))}");
            }
        }

        Journal.Note($"{Devices.Count} devices online ({Layout.Dispensers} dispensers, {Layout.Counters.Count} keypads, {Layout.Counters.Count} counter displays)");
    }

    /// <summary>
    /// The city broker and central on the day's clock; the administrator sets up the hall's matters,
    /// and the day's booked visitors book online, each getting central's confirmation code.
    /// </summary>
    private async Task StartCentralAsync(int cityBrokerPort, int centralPort, CancellationToken cancellationToken)
    {
        _cityBroker = new CityBroker(Site.SiteId, Credentials, cityBrokerPort, Path.Combine(DataFolder, "city-broker"));
        await _cityBroker.StartAsync(cancellationToken);
        _central = CentralProcess.Create(DataFolder, centralPort, Clock, _cityBroker, Credentials);
        var since = System.Diagnostics.Stopwatch.StartNew();
        await _central.StartAsync(cancellationToken);
        Journal.Note(string.Create(CultureInfo.InvariantCulture, $"central started (pid {_central.ProcessId}) in {since.Elapsed.TotalSeconds:0.0} s"));

        using (var administrator = await CentralDesk.LogInAsync(_central.Address, Credentials.AdministratorUser, Credentials.AdministratorPassword, cancellationToken))
        {
            var matters = await DemoCatalogue.SetUpAsync(administrator, Site, Plan, cancellationToken);
            var planned = Plan.Bookings.Count();
            var (booked, refusals) = await OnlineBookings.BookAsync(_central.Address, Plan, Site.SiteId, matters, cancellationToken);
            Plan = booked;
            foreach (var refusal in refusals)
            {
                Journal.Note(refusal);
            }

            Journal.Note(string.Create(CultureInfo.InvariantCulture,
                $"day {Plan.Day:yyyy-MM-dd} (seed {Plan.Seed}, {_options.Speed}×): {Plan.WalkIns.Count()} walk-ins planned, {Plan.Bookings.Count()} of {planned} visits booked online at central"));
        }
    }

    /// <summary>Central sends the bookings to the hub over the city broker; the doors open once the hub has them all.</summary>
    private async Task WaitForBookingsAtTheHubAsync(CancellationToken cancellationToken)
    {
        var codes = Plan.Bookings.Select(b => b.BookingCode!).ToHashSet(StringComparer.Ordinal);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(BookingsSyncTimeout);
        while (!codes.IsSubsetOf(HubSyncState.RegisteredBookings(DatabasePath)))
        {
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                var missing = codes.Except(HubSyncState.RegisteredBookings(DatabasePath)).Count();
                throw new TimeoutException($"the hub had not received {missing} of {codes.Count} bookings from central after {BookingsSyncTimeout.TotalSeconds} s; "
                    + $"the end of central.log and hub.log in {DataFolder}:{Environment.NewLine}{LogTail("central.log")}{LogTail("hub.log")}");
            }
        }

        Journal.Note($"the hub received all {codes.Count} bookings from central over the city broker");
    }

    /// <summary>The last lines of a child's log, so a failure far away (CI) says why without the data folder.</summary>
    private string LogTail(string name, int lines = 25)
    {
        var path = Path.Combine(DataFolder, name);
        try
        {
            using var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete));
            var tail = reader.ReadToEnd().Split('\n').TakeLast(lines);
            return $"--- {name} ---{Environment.NewLine}{string.Join(Environment.NewLine, tail)}{Environment.NewLine}";
        }
        catch (IOException e)
        {
            return $"--- {name}: {e.Message}{Environment.NewLine}";
        }
    }

    /// <summary>Before the hub stops: central gets every event of the day (bounded; what is left is noted).</summary>
    private async Task WaitForCentralToHaveTheDayAsync()
    {
        var since = System.Diagnostics.Stopwatch.StartNew();
        while (!HubSyncState.EverythingAcknowledged(DatabasePath))
        {
            if (since.Elapsed > EventsSyncTimeout)
            {
                Journal.Note($"central had not acknowledged every event of the day {EventsSyncTimeout.TotalSeconds} s after the end; the hub sends the rest when it next starts");
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }

        Journal.Note("central has every event of the day");
    }

    private async Task RunNotedAsync(PlannedFault fault, CancellationToken cancellationToken)
    {
        try
        {
            await RunFaultAsync(fault, cancellationToken);
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or IOException or System.Net.Sockets.SocketException)
        {
            Journal.Note($"fault {fault.Spec} could not be carried out or recovered from: {e.Message}");
        }
    }

    /// <summary>Starts the hub as systemd would (Restart=on-failure): a start that fails is noted and tried again.</summary>
    private async Task<TimeSpan> StartHubAsync(CancellationToken cancellationToken)
    {
        var since = System.Diagnostics.Stopwatch.StartNew();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await _hub!.StartAsync(cancellationToken);
                return since.Elapsed;
            }
            catch (Exception e) when (attempt < HubStartAttempts && e is InvalidOperationException or TimeoutException)
            {
                Journal.Note($"hub start attempt {attempt} failed ({e.Message}); starting it again");
                _hub!.Kill();
            }
        }
    }

    private async Task RunFaultAsync(PlannedFault fault, CancellationToken cancellationToken)
    {
        await SimulatedTime.UntilAsync(Clock, HallClock.At(Plan.Day, fault.At, Site.TimeZone), cancellationToken);
        switch (fault.Kind)
        {
            case FaultKind.HubKill:
                var pid = _hub!.ProcessId;
                _hub.Kill();
                Journal.Note($"fault: hub killed with SIGKILL (pid {pid})");
                var took = await StartHubAsync(cancellationToken);
                Journal.Note(string.Create(CultureInfo.InvariantCulture, $"hub serving again (pid {_hub.ProcessId}) {took.TotalSeconds:0.0} s after the kill"));
                break;
            case FaultKind.BrokerRestart:
                await _broker!.StopAsync();
                Journal.Note("fault: site broker stopped");
                await SimulatedTime.DelayAsync(Clock, fault.Duration, cancellationToken);
                await _broker.StartAsync(cancellationToken);
                Journal.Note("site broker started again");
                break;
            case FaultKind.WifiCut:
                var device = Devices.First(d => d.Id == fault.Target);
                device.Wifi.Cut();
                Journal.Note($"fault: Wi-Fi of {device.Id} cut");
                await SimulatedTime.DelayAsync(Clock, fault.Duration, cancellationToken);
                device.Wifi.Restore();
                Journal.Note($"Wi-Fi of {device.Id} back");
                break;
            case FaultKind.PaperOut:
                var index = _dispensers.FindIndex(d => d.Id == fault.Target);
                _printers[index].RunOutOfPaper();
                Journal.Note($"fault: printer {_printers[index].Id} of {fault.Target} out of paper");
                await SimulatedTime.DelayAsync(Clock, fault.Duration, cancellationToken);
                _printers[index].Refill();
                await _dispensers[index].RebootAsync();
                Journal.Note($"paper refilled in {_printers[index].Id}; {fault.Target} restarted by the technician");
                break;
        }
    }

    /// <summary>
    /// Draws the hall LED board from the hub's SPI capture into ledboard.png whenever it changes
    /// (checked every second of real time), so the demo shows what the board in the hall would.
    /// </summary>
    private async Task DrawLedBoardAsync(CancellationToken cancellationToken)
    {
        if (Site.LedBoard is not { } board)
        {
            return;
        }

        var replay = new LedBoardCaptureReplay(Path.Combine(DataFolder, SiteFileWriter.LedBoardCapture), board.Layout);
        var png = Path.Combine(OutFolder, "ledboard.png");
        while (true)
        {
            if (replay.Update())
            {
                await File.WriteAllBytesAsync(png, replay.Png(), CancellationToken.None);
            }

            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }
    }

    private async Task<HallRunResult> FinishAsync(bool completed)
    {
        // Devices first (nothing retransmits into a stopping hub), then the hub, cleanly, then the broker.
        foreach (var device in Devices)
        {
            await device.DisposeAsync();
        }

        _dispensers.Clear();
        _keypads.Clear();
        _boards.Clear();
        if (_central is not null)
        {
            await WaitForCentralToHaveTheDayAsync();
        }

        await _hub!.StopAsync();
        Journal.Note("hub stopped");
        await _broker!.StopAsync();
        var log = HubEventLog.Read(DatabasePath);
        var loss = LossCheck.Run(_ledger.Requests, log, requireEnded: completed);
        Journal.Note(loss.Summary);
        return new HallRunResult(Plan, Opening, loss, log, Journal.Notes, completed, DataFolder, OutFolder);
    }
}
