using EdgeQueue.Contracts.Messages;
using EdgeQueue.Hardware.Buttons;
using EdgeQueue.Hardware.Printing;
using EdgeQueue.Hub.Announcements;
using EdgeQueue.Hub.Printing;
using EdgeQueue.Hub.Site;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Hub.Fixtures;

/// <summary>
/// What the hub's service button does. A short press checks the hall's outputs without touching the
/// queue: a test ticket on every printer and a test announcement ("A000, counter 1"), each result
/// logged for the technician. A long press enters technician mode, or leaves it.
/// </summary>
public sealed class ServiceButtonActions : IDisposable
{
    private readonly ICallButton _button;
    private readonly SiteDefinition _site;
    private readonly PrinterPool _printers;
    private readonly ICallAnnouncer _announcer;
    private readonly TechnicianMode _technician;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly List<Task> _tests = [];

    public ServiceButtonActions(
        ICallButton button, SiteDefinition site, PrinterPool printers, ICallAnnouncer announcer, TechnicianMode technician,
        TimeProvider time, ILogger logger)
    {
        _button = button;
        _site = site;
        _printers = printers;
        _announcer = announcer;
        _technician = technician;
        _time = time;
        _logger = logger;
        _button.Gestured += OnGestured;
    }

    /// <summary>The test prints started by presses so far; they finish on their own.</summary>
    public Task TestsDone
    {
        get
        {
            lock (_tests)
            {
                return Task.WhenAll(_tests);
            }
        }
    }

    public void Dispose() => _button.Gestured -= OnGestured;

    private void OnGestured(object? sender, ButtonGestured gesture)
    {
        if (gesture.Gesture == ButtonGesture.LongPress)
        {
            _technician.Toggle();
            _logger.LogWarning("Service button held {Held:0.0} s: technician mode {State}", gesture.Held.TotalSeconds, _technician.Active ? "on" : "off");
            return;
        }

        _logger.LogInformation("Service button pressed: a test ticket on every printer and a test announcement");
        var counter = _site.Queue.Counters.Select(c => c.Number).DefaultIfEmpty(1).Min();
        var prefix = _site.Queue.Categories.Select(c => c.Prefix).DefaultIfEmpty("A").First();
        _announcer.Announce(new HallCall($"{prefix}000", counter, _time.GetUtcNow()));
        lock (_tests)
        {
            _tests.RemoveAll(t => t.IsCompleted);
            _tests.Add(Task.Run(PrintTestsAsync));
        }
    }

    private async Task PrintTestsAsync()
    {
        foreach (var (id, printer) in _printers.Printers)
        {
            var printed = await printer.PrintAsync(TestReceipt(id));
            if (printed.Succeeded)
            {
                _logger.LogInformation("Test ticket printed on {Printer} ({Name})", id, printer.Name);
            }
            else
            {
                _logger.LogWarning("Test ticket on {Printer} ({Name}) failed: {Outcome}", id, printer.Name, printed);
            }
        }
    }

    private TicketReceipt TestReceipt(string printer) => new()
    {
        SiteName = _site.Name,
        HallName = _site.Hall,
        TicketNumber = "TEST",
        MatterName = $"Wydruk próbny drukarki {printer}",
        PeopleWaiting = 0,
        EstimatedWaitMinutes = 0,
        IssuedAt = TimeZoneInfo.ConvertTime(_time.GetUtcNow(), _site.TimeZone),
        ETicketUrl = _site.ETicketUrl("TEST"),
        Footer = "Bilet testowy: nie jest biletem kolejki",
    };
}
