using System.Globalization;
using System.Threading.Channels;
using EdgeQueue.Contracts;
using EdgeQueue.Contracts.Messages;
using EdgeQueue.Hub.Announcements;
using EdgeQueue.Hub.Devices;
using EdgeQueue.Hub.Display;
using EdgeQueue.Hub.Queue;
using EdgeQueue.Hub.Site;
using EdgeQueue.Queue.Commands;
using EdgeQueue.Queue.Events;
using EdgeQueue.Queue.Storage;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Hub.Gateway;

/// <summary>
/// Everything that follows a commit (DESIGN.md §5 rule 1: only after it): calls go to the hall
/// screen, <c>hall/calls</c> and the speaker; waiting counts and device <c>show</c> messages are
/// brought up to date. Runs on its own task, in commit order, so a slow subscriber never holds up
/// a device's reply. A periodic refresh follows the clock (opening hours open and close buttons).
/// </summary>
public sealed class QueueProjection : IAsyncDisposable
{
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(30);

    private readonly Channel<ProjectionWork> _batches =
        Channel.CreateUnbounded<ProjectionWork>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SiteDefinition _site;
    private readonly SiteTopics _topics;
    private readonly ISiteQueue _queue;
    private readonly ISiteBus _bus;
    private readonly HallBoard _board;
    private readonly DeviceOutputs _outputs;
    private readonly ICallAnnouncer _announcer;
    private readonly DeviceRegistry _registry;
    private readonly ILogger _logger;
    private readonly Dictionary<DeviceId, byte[]> _lastShow = [];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> _lastPrinterPaper = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly ITimer _refresh;
    private Task _running = Task.CompletedTask;

    public QueueProjection(
        SiteDefinition site, ISiteQueue queue, ISiteBus bus, HallBoard board, DeviceOutputs outputs,
        ICallAnnouncer announcer, DeviceRegistry registry, TimeProvider time, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(time);
        _site = site;
        _topics = site.Topics;
        _queue = queue;
        _bus = bus;
        _board = board;
        _outputs = outputs;
        _announcer = announcer;
        _registry = registry;
        _logger = logger;
        _queue.Committed += OnCommitted;
        _registry.Changed += OnDeviceChanged;
        _refresh = time.CreateTimer(_ => _batches.Writer.TryWrite(ProjectionWork.Refresh), null, RefreshEvery, RefreshEvery);
    }

    /// <summary>Publishes every device's config and show and the hall calls, then follows commits.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await PublishConfigsAsync(cancellationToken);
        await PublishHallCallsAsync(cancellationToken);
        await RefreshAsync(cancellationToken);
        _running = Task.Run(() => RunAsync(_stop.Token), CancellationToken.None);
    }

    /// <summary>After a reconnect to an external broker that may have lost its retained messages.</summary>
    public async Task RepublishAsync(CancellationToken cancellationToken)
    {
        await PublishConfigsAsync(cancellationToken);
        _batches.Writer.TryWrite(ProjectionWork.Republish);
    }

    private async Task PublishConfigsAsync(CancellationToken cancellationToken)
    {
        foreach (var device in _site.Devices)
        {
            await _bus.PublishAsync(_topics.DeviceConfig(device.Id), ContractJson.Serialize(_outputs.Config(device)), retain: true, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Committed -= OnCommitted;
        _registry.Changed -= OnDeviceChanged;
        await _refresh.DisposeAsync();
        _batches.Writer.TryComplete();
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private void OnCommitted(object? sender, EventsCommittedEventArgs e) =>
        _batches.Writer.TryWrite(new ProjectionWork([.. e.Events.Select(s => s.Event)]));

    /// <summary>A printer that ran out of paper (or was refilled) changes its dispenser's show at once.</summary>
    private void OnDeviceChanged(DeviceStatus status)
    {
        var known = _lastPrinterPaper.TryGetValue(status.Id, out var last);
        if (status.Role == DeviceRoles.Dispenser && (!known || last != status.PrinterPaper))
        {
            _lastPrinterPaper[status.Id] = status.PrinterPaper;
            _batches.Writer.TryWrite(ProjectionWork.Refresh);
        }
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        await foreach (var first in _batches.Reader.ReadAllAsync(cancellationToken))
        {
            try
            {
                // Under a rush several commits wait here: their calls all go out, in order, and one
                // snapshot then brings counts and device shows up to date for all of them.
                var batches = new List<ProjectionWork> { first };
                while (batches.Count < 256 && _batches.Reader.TryRead(out var more))
                {
                    batches.Add(more);
                }

                await ApplyAsync(batches, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The hall screen must keep following the queue after one bad update.
            catch (Exception e)
#pragma warning restore CA1031
            {
                _logger.LogError(e, "Updating the hall screen and devices after a commit failed");
            }
        }
    }

    private async Task ApplyAsync(List<ProjectionWork> batches, CancellationToken cancellationToken)
    {
        if (batches.Any(b => b.RepublishRetained))
        {
            _lastShow.Clear();
            await PublishHallCallsAsync(cancellationToken);
        }

        var called = false;
        foreach (var e in batches.SelectMany(b => b.Events))
        {
            var call = e switch
            {
                TicketCalled c => new HallCall(c.Number, c.Counter, Local(c.At), Recall: false),
                TicketRecalled r => new HallCall(r.Number, r.Counter, Local(r.At), Recall: true),
                _ => null,
            };
            if (call is null)
            {
                continue;
            }

            called = true;
            _board.RecordCall(call);
            _announcer.Announce(call);
            _logger.LogInformation("{Kind} {Ticket} → stanowisko {Counter}", call.Recall ? "Recall" : "Call", call.Ticket, call.Counter);
        }

        if (called)
        {
            await PublishHallCallsAsync(cancellationToken);
        }

        await RefreshAsync(cancellationToken);
    }

    private Task PublishHallCallsAsync(CancellationToken cancellationToken) =>
        _bus.PublishAsync(_topics.HallCalls, ContractJson.Serialize(_board.Calls), retain: true, cancellationToken).AsTask();

    /// <summary>Waiting counts to the hall screen; a device's show only when it changed.</summary>
    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        if (_queue.DueRollover() is { } day)
        {
            // The morning's screen shows the new day before the first button press. One request id
            // per day: however often this runs, the store keeps one rollover.
            var id = string.Create(CultureInfo.InvariantCulture, $"hub.rollover.{day:yyyy-MM-dd}");
            var result = await _queue.ExecuteAsync(id, new RollOverDay(), cancellationToken);
            _logger.LogInformation("Business day {Day}: {Message}", day, result.Message);
        }

        var figures = _queue.Figures();
        _board.UpdateWaiting(figures);
        foreach (var device in _site.Devices)
        {
            var payload = ContractJson.Serialize(_outputs.Show(device, figures, _registry.Find(device.Id)?.PrinterPaper));
            if (_lastShow.TryGetValue(device.Id, out var last) && last.AsSpan().SequenceEqual(payload))
            {
                continue;
            }

            _lastShow[device.Id] = payload;
            await _bus.PublishAsync(_topics.DeviceShow(device.Id), payload, retain: true, cancellationToken);
        }
    }

    private DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, _site.TimeZone);
}
