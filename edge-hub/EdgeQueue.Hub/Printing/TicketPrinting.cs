using System.Collections.Concurrent;
using EdgeQueue.Contracts;
using EdgeQueue.Hardware.Printing;
using EdgeQueue.Hub.Devices;
using EdgeQueue.Hub.Queue;
using EdgeQueue.Hub.Site;
using EdgeQueue.Queue.Commands;
using EdgeQueue.Queue.Events;
using EdgeQueue.Queue.Results;
using EdgeQueue.Queue.State;
using EdgeQueue.Queue.Storage;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Hub.Printing;

/// <summary>
/// Prints a ticket because its issue was committed (DESIGN.md §5 rule 1): a committed
/// <see cref="TicketIssued"/> or <see cref="BookedVisitCheckedIn"/> names its dispenser, whose
/// printer then prints it, and the outcome is committed with the ticket (<see cref="RecordPrint"/>).
/// The gateway does not print; it waits for <see cref="PaperForAsync"/> because the dispenser's reply
/// says whether the paper came out. Paper state and printer faults go to the device registry.
/// </summary>
public sealed class TicketPrinting : IAsyncDisposable
{
    private readonly ISiteQueue _queue;
    private readonly PrinterPool _printers;
    private readonly ReceiptFactory _receipts;
    private readonly DeviceRegistry _registry;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<long, TaskCompletionSource<TicketPaper>> _jobs = new();
    private readonly ConcurrentDictionary<Task, byte> _running = new();
    private readonly CancellationTokenSource _stop = new();

    public TicketPrinting(SiteDefinition site, ISiteQueue queue, PrinterPool printers, DeviceRegistry registry, ILogger logger)
    {
        _queue = queue;
        _printers = printers;
        _receipts = new ReceiptFactory(site);
        _registry = registry;
        _logger = logger;
        _queue.Committed += OnCommitted;
    }

    /// <summary>
    /// The paper of the ticket that <paramref name="result"/> (a dispenser's issue or check-in) is
    /// about. A ticket committed by it: the print that its commit started. A repeated request: the
    /// recorded outcome, and no paper, unless no outcome was ever recorded (the hub stopped while
    /// printing). A booked ticket checked in again after its paper failed: printed again now.
    /// </summary>
    public async Task<TicketPaper> PaperForAsync(DeviceId dispenser, CommandResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        var ticket = result.Ticket ?? throw new ArgumentException("the result carries no ticket", nameof(result));
        if (_printers.For(dispenser) is not { } printer)
        {
            return TicketPaper.Out;
        }

        if (!result.IsDuplicate && result.Events.Any(e => IssuedTicket(e.Event) == ticket.Id))
        {
            var job = _jobs.GetOrAdd(ticket.Id, _ => NewJob());
            try
            {
                return await job.Task.WaitAsync(cancellationToken);
            }
            finally
            {
                _jobs.TryRemove(ticket.Id, out _);
            }
        }

        var now = _queue.FindTicket(ticket.Id);
        if (now is null || now.Print == TicketPrint.Printed)
        {
            _logger.LogInformation("{Device} repeated {Id}: ticket {Ticket} is already printed; no paper", dispenser, result.RequestId, ticket.Number);
            return TicketPaper.Out;
        }

        if (result.IsDuplicate && now.Print == TicketPrint.NotPrinted)
        {
            return TicketPaper.NotOut(printer.Name, now.PrintFailure ?? "the printer failed");
        }

        _logger.LogWarning("{Device} {Id}: ticket {Ticket} has no paper yet ({Print}): printing it now",
            dispenser, result.RequestId, ticket.Number, now.Print);
        return await PrintAndRecordAsync(now, dispenser, printer, $"{result.RequestId}.print", cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Committed -= OnCommitted;
        await _stop.CancelAsync();
        try
        {
            await Task.WhenAll(_running.Keys);
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private static TaskCompletionSource<TicketPaper> NewJob() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static long? IssuedTicket(QueueEvent committed) => committed switch
    {
        TicketIssued e => e.TicketId,
        BookedVisitCheckedIn e => e.TicketId,
        _ => null,
    };

    private static string? DispenserOf(QueueEvent committed) => committed switch
    {
        TicketIssued e => e.Dispenser,
        BookedVisitCheckedIn e => e.Dispenser,
        _ => null,
    };

    /// <summary>On the thread that committed: only hands the print over, so no commit waits for paper.</summary>
    private void OnCommitted(object? sender, EventsCommittedEventArgs e)
    {
        foreach (var committed in e.Events)
        {
            if (IssuedTicket(committed.Event) is not { } ticketId
                || !DeviceId.TryParse(DispenserOf(committed.Event), out var dispenser)
                || _printers.For(dispenser) is not { } printer)
            {
                continue;
            }

            var job = _jobs.GetOrAdd(ticketId, _ => NewJob());
            var requestId = $"print.{committed.Sequence}";
            var running = Task.Run(() => PrintCommittedAsync(ticketId, dispenser, printer, requestId, job));
            _running.TryAdd(running, 0);
            running.ContinueWith(done => _running.TryRemove(done, out _), TaskScheduler.Default);
        }
    }

    private async Task PrintCommittedAsync(
        long ticketId, DeviceId dispenser, IThermalPrinter printer, string requestId, TaskCompletionSource<TicketPaper> job)
    {
        try
        {
            var ticket = _queue.FindTicket(ticketId);
            job.TrySetResult(ticket is null
                ? TicketPaper.NotOut(printer.Name, $"ticket {ticketId} is no longer in today's queue")
                : await PrintAndRecordAsync(ticket, dispenser, printer, requestId, _stop.Token));
        }
        catch (OperationCanceledException e)
        {
            job.TrySetCanceled(e.CancellationToken);
        }
#pragma warning disable CA1031 // The waiting gateway gets the fault and answers the device; the hub goes on.
        catch (Exception e)
#pragma warning restore CA1031
        {
            _logger.LogError(e, "Printing ticket {Ticket} failed", ticketId);
            job.TrySetException(e);
        }
    }

    private async Task<TicketPaper> PrintAndRecordAsync(
        TicketInfo ticket, DeviceId dispenser, IThermalPrinter printer, string requestId, CancellationToken cancellationToken)
    {
        var printed = await printer.PrintAsync(_receipts.Create(ticket), cancellationToken);
        if (printed.Status.Known)
        {
            _registry.ReportPaper(dispenser, printed.Status.PaperWord);
        }

        var recorded = await _queue.ExecuteAsync(requestId,
            new RecordPrint(ticket.Id, printed.Succeeded, printed.Succeeded ? null : printed.ToString()), cancellationToken);
        if (!recorded.Accepted)
        {
            _logger.LogWarning("Print of ticket {Ticket} not recorded ({Error}): a repeat of its request would print it again",
                ticket.Number, recorded.Message);
        }

        if (printed.Succeeded)
        {
            return TicketPaper.Out;
        }

        _logger.LogWarning("Ticket {Ticket} not printed on {Printer}: {Outcome}", ticket.Number, printer.Name, printed);
        _registry.ReportError(dispenser, $"drukarka {printer.Name}: {PrintFailureText.Polish(printed.Failure!.Value)}; bilet {ticket.Number} nie wydrukowany"
            + (ticket.Kind == TicketKind.WalkIn ? " i unieważniony" : string.Empty));
        return TicketPaper.NotOut(printer.Name, printed.ToString());
    }
}
