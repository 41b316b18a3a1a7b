using System.Text.Json.Nodes;
using EdgeQueue.Hub.Devices;
using EdgeQueue.Hub.Printing;
using EdgeQueue.Hub.Queue;
using EdgeQueue.Hub.Site;
using EdgeQueue.Queue.Storage;
using EdgeQueue.Simulation.Printing;
using EdgeQueue.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace EdgeQueue.Hub.Tests.Support;

/// <summary>
/// The test site's queue on a SQLite file with its printing wired as the hub wires it: disp-01
/// prints to a capture folder (<see cref="Captures"/>), disp-02 to a loopback network printer the
/// tests can empty of paper. Time is a manual clock; network printers use the system clock.
/// </summary>
internal sealed class PrintingHall : IAsyncDisposable
{
    private readonly TempDirectory _data;

    private PrintingHall(string name, Action<JsonObject>? edit)
    {
        _data = new TempDirectory(name);
        NetworkPrinter = new LoopbackNetworkPrinter();
        Site = TestSite.Create(json =>
        {
            var p2 = json["printers"]![1]!.AsObject();
            p2.Remove("folder");
            p2["tcp"] = $"127.0.0.1:{NetworkPrinter.Port}";
            edit?.Invoke(json);
        });
        Store = SiteQueue.Open(_data.File(StoredSiteQueue.FileName), Site.Queue, Clock);
        Queue = new StoredSiteQueue(Store, Site.TimeZone, Clock);
        Printers = new PrinterPool(Site, _data.Path, Clock, TimeProvider.System);
        Registry = new DeviceRegistry(Site, Clock);
        Printing = new TicketPrinting(Site, Queue, Printers, Registry, NullLogger.Instance);
    }

    public ManualTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(1)));

    public LoopbackNetworkPrinter NetworkPrinter { get; }

    public SiteDefinition Site { get; }

    public SiteQueue Store { get; }

    public StoredSiteQueue Queue { get; }

    public PrinterPool Printers { get; }

    public DeviceRegistry Registry { get; }

    public TicketPrinting Printing { get; }

    /// <summary>The capture folder of disp-01's printer.</summary>
    public string Captures => _data.File("prints/p1");

    /// <param name="edit">A change to the test site file before it is loaded.</param>
    public static PrintingHall Open(string name, Action<JsonObject>? edit = null) => new(name, edit);

    public async ValueTask DisposeAsync()
    {
        await Printing.DisposeAsync();
        Printers.Dispose();
        await Queue.DisposeAsync();
        await NetworkPrinter.DisposeAsync();
        _data.Dispose();
    }
}
