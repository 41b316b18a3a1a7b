using System.Collections.Concurrent;
using System.Text.Json;
using EdgeQueue.Contracts;
using EdgeQueue.Contracts.Messages;
using EdgeQueue.Hub.Devices;
using EdgeQueue.Hub.Printing;
using EdgeQueue.Hub.Queue;
using EdgeQueue.Hub.Site;
using EdgeQueue.Queue.Commands;
using EdgeQueue.Queue.Results;
using EdgeQueue.Queue.State;
using EdgeQueue.Queue.Storage;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Hub.Gateway;

/// <summary>
/// The MQTT contract of DESIGN.md §4 on the hub's side. A device event is validated, committed
/// to the queue with its event id as the request id, and answered. A dispenser's reply waits for
/// the ticket's paper, which the commit set going (<see cref="TicketPrinting"/>): one event id, one
/// paper ticket. Each device has a budget of events
/// (<see cref="DeviceRateLimit"/>). Device states feed the registry. Bad input gets a
/// <c>bad-request</c> reply that says what is wrong.
/// </summary>
public sealed class DeviceGateway : IAsyncDisposable
{
    private readonly SiteDefinition _site;
    private readonly SiteTopics _topics;
    private readonly ISiteBus _bus;
    private readonly ISiteQueue _queue;
    private readonly TicketPrinting _printing;
    private readonly DeviceRegistry _registry;
    private readonly DeviceRateLimit _rateLimit;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<DeviceId, DeviceInbox> _inboxes = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<IAsyncDisposable> _subscriptions = [];

    public DeviceGateway(
        SiteDefinition site, ISiteBus bus, ISiteQueue queue, TicketPrinting printing, DeviceRegistry registry,
        TimeProvider time, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(site);
        _site = site;
        _topics = site.Topics;
        _bus = bus;
        _queue = queue;
        _printing = printing;
        _registry = registry;
        _rateLimit = new DeviceRateLimit(time, site.DeviceRateLimit.Burst, TimeSpan.FromSeconds(1 / site.DeviceRateLimit.PerSecond));
        _logger = logger;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _subscriptions.Add(await _bus.SubscribeAsync(_topics.AllDeviceStates, OnStateAsync, cancellationToken));
        _subscriptions.Add(await _bus.SubscribeAsync(_topics.AllDeviceEvents, OnEventAsync, cancellationToken));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var subscription in _subscriptions)
        {
            await subscription.DisposeAsync();
        }

        foreach (var inbox in _inboxes.Values)
        {
            inbox.Complete();
        }

        await _stop.CancelAsync();
        foreach (var inbox in _inboxes.Values)
        {
            try
            {
                await inbox.Completion;
            }
            catch (OperationCanceledException)
            {
            }
        }

        _stop.Dispose();
    }

    private ValueTask OnStateAsync(SiteMessage message, CancellationToken cancellationToken)
    {
        if (!_topics.TryParseDeviceTopic(message.Topic, out var device, out _) || !_registry.IsKnown(device))
        {
            _logger.LogWarning("State on {Topic} from a device that is not in the site file: ignored", message.Topic);
            return ValueTask.CompletedTask;
        }

        if (message.Payload.IsEmpty)
        {
            return ValueTask.CompletedTask;
        }

        if (!ContractJson.TryDeserialize<DeviceState>(message.Payload.Span, out var state, out var error))
        {
            _logger.LogWarning("{Device} sent a state that is not valid: {Error}", device, error);
            _registry.ReportError(device, $"nieprawidłowy stan: {error}");
            return ValueTask.CompletedTask;
        }

        var before = _registry.Find(device);
        _registry.ApplyState(device, state);
        if (before is null || before.Online != state.Online || !before.EverSeen)
        {
            _logger.LogInformation("{Device} is {State}{Firmware}", device, state.Online ? "online" : "OFFLINE",
                state.Fw is { } fw ? $" (firmware {fw}, paper {state.Paper ?? "n/a"}, RSSI {state.Rssi})" : string.Empty);
        }

        return ValueTask.CompletedTask;
    }

    private ValueTask OnEventAsync(SiteMessage message, CancellationToken cancellationToken)
    {
        if (!_topics.TryParseDeviceTopic(message.Topic, out var device, out _) || _site.FindDevice(device) is null)
        {
            _logger.LogWarning("Event on {Topic} from a device that is not in the site file: ignored", message.Topic);
            return ValueTask.CompletedTask;
        }

        _registry.Seen(device);
        var inbox = _inboxes.GetOrAdd(device, id => new DeviceInbox((p, t) => HandleAsync(id, p, t), _stop.Token));
        inbox.Post(message.Payload);
        return ValueTask.CompletedTask;
    }

    private async Task HandleAsync(DeviceId sender, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        DeviceReply reply;
        try
        {
            reply = await DecideAsync(sender, payload, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return;
        }
#pragma warning disable CA1031 // A fault serving one event is answered and logged, never fatal to the hub.
        catch (Exception e)
#pragma warning restore CA1031
        {
            _logger.LogError(e, "Event from {Device} failed", sender);
            reply = DeviceReply.Failed(ReadEventId(payload.Span), ReplyErrors.Internal, "the hub failed to handle the event; try again");
        }

        try
        {
            await _bus.PublishAsync(_topics.DeviceReply(sender), ContractJson.Serialize(reply), retain: false, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
#pragma warning disable CA1031 // The device retransmits and gets the stored result; the gateway goes on.
        catch (Exception e)
#pragma warning restore CA1031
        {
            _logger.LogWarning("Reply to {Device} for {Id} not sent: {Error}", sender, reply.Re, e.Message);
        }
    }

    private async Task<DeviceReply> DecideAsync(DeviceId sender, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        if (!_rateLimit.TryTake(sender))
        {
            _logger.LogWarning("{Device} sends more events than the hub takes: refused", sender);
            _registry.ReportError(sender, "za dużo zdarzeń naraz (rate-limited)");
            return DeviceReply.Failed(ReadEventId(payload.Span), ReplyErrors.RateLimited,
                $"{sender} sent more events than the hub takes from one device ({_rateLimit.Burst} at once, then one every " +
                $"{_rateLimit.Interval.TotalSeconds:0.###} s, site file deviceRateLimit); this one was not handled: send it again later");
        }

        if (!ContractJson.TryDeserialize<DeviceEvent>(payload.Span, out var message, out var jsonError))
        {
            _logger.LogWarning("{Device} sent an event that is not valid: {Error}", sender, jsonError);
            _registry.ReportError(sender, $"nieprawidłowe zdarzenie: {jsonError}");
            return DeviceReply.Failed(ReadEventId(payload.Span), ReplyErrors.BadRequest, jsonError);
        }

        if (!DeviceEventRules.TryValidate(message, sender, out var code, out var why))
        {
            _logger.LogWarning("{Device} event {Id} refused: {Error}", sender, message.Id, why);
            return DeviceReply.Failed(message.Id, code, why);
        }

        var device = _site.FindDevice(sender)!;
        var command = ToCommand(message, device, out var refusal);
        if (command is null)
        {
            return refusal!;
        }

        if (command is CounterCommand counterCommand)
        {
            await EnsureCounterOpenAsync(message.Id, counterCommand.Counter, cancellationToken);
        }

        var result = await _queue.ExecuteAsync(message.Id, command, cancellationToken);
        if (result.IsDuplicate)
        {
            _rateLimit.Return(sender);
        }

        if (!result.Accepted)
        {
            _logger.LogInformation("{Device} {Kind} refused: {Message}", sender, message.Kind, result.Message);
            return DeviceReply.Failed(message.Id, result.Error.ToReplyError(), result.Message);
        }

        return command switch
        {
            IssueTicket or CheckIn => await IssuedAsync(device, message, result, cancellationToken),
            CounterCommand c => CounterReply(message, c.Counter, result),
            _ => new DeviceReply(message.Id, Ok: true),
        };
    }

    private QueueCommand? ToCommand(DeviceEvent message, DeviceDefinition device, out DeviceReply? refusal)
    {
        refusal = null;
        if (message.Kind == DeviceEventKinds.TicketRequest)
        {
            var category = message.Category!;
            if (device.Buttons is { } buttons && !buttons.Values.Contains(category, StringComparer.Ordinal))
            {
                refusal = DeviceReply.Failed(message.Id, ReplyErrors.NotAllowed,
                    $"category '{category}' is not on the buttons of {device.Id} (site file devices[].buttons)");
                return null;
            }

            return new IssueTicket(category, device.Id.ToString());
        }

        if (message.Kind == DeviceEventKinds.CheckIn)
        {
            return new CheckIn(message.Code!, device.Id.ToString());
        }

        if (device.Counter is not { } counter)
        {
            refusal = DeviceReply.Failed(message.Id, ReplyErrors.NotAllowed, $"{device.Id} belongs to no counter in the site file");
            return null;
        }

        return message.Kind switch
        {
            DeviceEventKinds.CounterNext => new CallNext(counter),
            DeviceEventKinds.CounterRecall => new Recall(counter),
            DeviceEventKinds.CounterNoShow => new NoShow(counter),
            DeviceEventKinds.CounterDone => new Done(counter),
            _ => new Transfer(counter, message.To!),
        };
    }

    /// <summary>
    /// A counter opens when its clerk first presses a button: the contract has no open/close event,
    /// and a keypad in use means a clerk at the counter. The request id derives from the event's, so
    /// a retransmission does not open it twice.
    /// </summary>
    private async Task EnsureCounterOpenAsync(string eventId, int counter, CancellationToken cancellationToken)
    {
        if (!_queue.IsCounterOpen(counter))
        {
            var opened = await _queue.ExecuteAsync($"{eventId}.open", new OpenCounter(counter), cancellationToken);
            _logger.LogInformation("Counter {Counter} opened by its keypad: {Message}", counter, opened.Message);
        }
    }

    private async Task<DeviceReply> IssuedAsync(
        DeviceDefinition device, DeviceEvent message, CommandResult result, CancellationToken cancellationToken)
    {
        var ticket = result.Ticket!;
        if (!result.IsDuplicate)
        {
            _logger.LogInformation("Ticket {Ticket} ({Matter}) {How} at {Device}, {Ahead} ahead", ticket.Number,
                _site.CategoryName(ticket.Category), ticket.Print == TicketPrint.NotPrinted ? "printed again" : "issued", device.Id, ticket.PeopleAhead);
        }

        var paper = await _printing.PaperForAsync(device.Id, result, cancellationToken);
        return paper.CameOut
            ? new DeviceReply(message.Id, Ok: true, Ticket: ticket.Number, Waiting: ticket.PeopleAhead, EtaMin: ticket.EtaMinutes)
            : NotPrinted(message, ticket, paper.Printer!, paper.Failure!);
    }

    /// <summary>
    /// The ticket has no paper. A walk-in ticket is void (nobody holds it, so it is never called),
    /// and the reply says what the dispenser can do: it takes no presses until the printer reports
    /// paper again (its show message), and a press then issues a new ticket. A booked visit keeps its
    /// ticket, and the next check-in with the same code prints it.
    /// </summary>
    private DeviceReply NotPrinted(DeviceEvent message, TicketInfo ticket, string printer, string why)
    {
        if (ticket.Kind == TicketKind.WalkIn)
        {
            var voided = $"ticket {ticket.Number} was not printed on {printer} ({why}) and is void: it will not be called. " +
                "The dispenser takes presses again when the printer reports paper; a press then issues a new ticket";
            _logger.LogWarning("Event {Id}: {Reason}", message.Id, voided);
            return DeviceReply.Failed(message.Id, ReplyErrors.PrinterFailed, voided);
        }

        var kept = $"ticket {ticket.Number} of booking {ticket.BookingCode} was not printed on {printer} ({why}); the booking keeps it: " +
            "check in again with the same code when the printer works, and it is printed then";
        _logger.LogWarning("Event {Id}: {Reason}", message.Id, kept);
        return new DeviceReply(message.Id, Ok: false, Ticket: ticket.Number, Waiting: ticket.PeopleAhead, EtaMin: ticket.EtaMinutes,
            Error: ReplyErrors.PrinterFailed, Message: kept);
    }

    private DeviceReply CounterReply(DeviceEvent message, int counter, CommandResult result)
    {
        // Next, No-show and Recall answer with the ticket now at the counter (none: the counter is idle);
        // Done and Transfer with the ticket they finished or moved.
        var shown = message.Kind is DeviceEventKinds.CounterDone or DeviceEventKinds.CounterTransfer
            ? result.Ticket
            : result.NowServing;
        return new DeviceReply(message.Id, Ok: true, Ticket: shown?.Number, Waiting: _queue.WaitingAt(counter), Counter: counter);
    }

    /// <summary>The "id" of a payload that failed to parse as an event, so the device can match the error reply.</summary>
    private static string ReadEventId(ReadOnlySpan<byte> payload)
    {
        try
        {
            var reader = new Utf8JsonReader(payload);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return string.Empty;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isId = reader.ValueTextEquals("id"u8);
                if (!reader.Read())
                {
                    break;
                }

                if (isId && reader.TokenType == JsonTokenType.String)
                {
                    return reader.GetString() ?? string.Empty;
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Unreadable past this point: the id, if any, was not before it.
        }

        return string.Empty;
    }
}
