using System.Collections.Concurrent;
using System.Text.Json;
using EdgeQueue.Contracts;
using EdgeQueue.Contracts.Messages;
using EdgeQueue.Hardware.Printing;
using EdgeQueue.Hub.Devices;
using EdgeQueue.Hub.Printing;
using EdgeQueue.Hub.Queue;
using EdgeQueue.Hub.Site;
using EdgeQueue.Queue.Commands;
using EdgeQueue.Queue.Results;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Hub.Gateway;

/// <summary>
/// The MQTT contract of DESIGN.md §4 on the hub's side. A device event is validated, committed
/// to the queue with its event id as the request id, printed (dispensers), and answered; a
/// repeated event id gets the stored result and a reprint, never a second ticket. Device states
/// feed the registry. Bad input gets a <c>bad-request</c> reply that says what is wrong.
/// </summary>
public sealed class DeviceGateway : IAsyncDisposable
{
    private readonly SiteDefinition _site;
    private readonly SiteTopics _topics;
    private readonly ISiteBus _bus;
    private readonly ISiteQueue _queue;
    private readonly PrinterPool _printers;
    private readonly ReceiptFactory _receipts;
    private readonly DeviceRegistry _registry;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<DeviceId, DeviceInbox> _inboxes = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<IAsyncDisposable> _subscriptions = [];

    public DeviceGateway(
        SiteDefinition site, ISiteBus bus, ISiteQueue queue, PrinterPool printers, DeviceRegistry registry,
        ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(site);
        _site = site;
        _topics = site.Topics;
        _bus = bus;
        _queue = queue;
        _printers = printers;
        _receipts = new ReceiptFactory(site);
        _registry = registry;
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

        var outcome = await _queue.ExecuteAsync(message.Id, command, cancellationToken);
        var result = outcome.Reply;
        if (!result.Accepted)
        {
            _logger.LogInformation("{Device} {Kind} refused: {Message}", sender, message.Kind, result.Message);
            return DeviceReply.Failed(message.Id, result.Error.ToReplyError(), result.Message);
        }

        return command switch
        {
            IssueTicket or CheckIn => await IssuedAsync(device, message, result, outcome.Duplicate, cancellationToken),
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

            return new IssueTicket(category);
        }

        if (message.Kind == DeviceEventKinds.CheckIn)
        {
            return new CheckIn(message.Code!);
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
            _logger.LogInformation("Counter {Counter} opened by its keypad: {Message}", counter, opened.Reply.Message);
        }
    }

    private async Task<DeviceReply> IssuedAsync(
        DeviceDefinition device, DeviceEvent message, CommandReply result, bool duplicate, CancellationToken cancellationToken)
    {
        var ticket = result.Ticket!;
        var ok = new DeviceReply(message.Id, Ok: true, Ticket: ticket.Number, Waiting: ticket.PeopleAhead, EtaMin: ticket.EtaMinutes);
        if (duplicate)
        {
            _logger.LogInformation("{Device} repeated event {Id}: ticket {Ticket} already issued, reprinting", device.Id, message.Id, ticket.Number);
        }
        else
        {
            _logger.LogInformation("Ticket {Ticket} ({Matter}) issued at {Device}, {Ahead} ahead", ticket.Number,
                _site.CategoryName(ticket.Category), device.Id, ticket.PeopleAhead);
        }

        var printer = _printers.For(device.Id);
        if (printer is null)
        {
            return ok;
        }

        var printed = await printer.PrintAsync(_receipts.Create(ticket), cancellationToken);
        if (printed.Status.Known)
        {
            _registry.ReportPaper(device.Id, printed.Status.PaperWord);
        }

        if (printed.Succeeded)
        {
            return ok;
        }

        var why = $"ticket {ticket.Number} is issued but was not printed on {printer.Name}: {printed}; press again to reprint";
        _logger.LogWarning("{Device}: {Reason}", device.Id, why);
        _registry.ReportError(device.Id, $"drukarka {printer.Name}: {printed.Failure} ({printed.Message}), bilet {ticket.Number} nie wydrukowany");
        return new DeviceReply(message.Id, Ok: false, Ticket: ticket.Number, Waiting: ticket.PeopleAhead, EtaMin: ticket.EtaMinutes,
            Error: ReplyErrors.PrinterFailed, Message: why);
    }

    private DeviceReply CounterReply(DeviceEvent message, int counter, CommandReply result)
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
