using EdgeQueue.Hub.Devices;
using EdgeQueue.Hub.Site;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Hub.Printing;

/// <summary>
/// Asks every printer how it is once a minute, so the technician page shows an empty roll or an
/// unplugged printer before a resident presses a button, not after. Ports that cannot tell (capture
/// folders, printers that ignore DLE EOT) are left alone.
/// </summary>
public sealed class PrinterMonitor : IAsyncDisposable
{
    private static readonly TimeSpan Every = TimeSpan.FromMinutes(1);

    private readonly PrinterPool _printers;
    private readonly DeviceRegistry _registry;
    private readonly ILogger _logger;
    private readonly IReadOnlyList<DeviceDefinition> _dispensers;
    private readonly ITimer _timer;
    private readonly CancellationTokenSource _stop = new();
    private readonly Dictionary<string, bool> _online = new(StringComparer.Ordinal);
    private int _running;

    public PrinterMonitor(SiteDefinition site, PrinterPool printers, DeviceRegistry registry, TimeProvider time, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(time);
        _printers = printers;
        _registry = registry;
        _logger = logger;
        _dispensers = [.. site.Devices.Where(d => d.PrinterId is not null)];
        _timer = time.CreateTimer(_ => _ = CheckAsync(), null, Every, Every);
    }

    /// <summary>One round of status questions; overlapping rounds are skipped.</summary>
    public async Task CheckAsync()
    {
        if (Interlocked.Exchange(ref _running, 1) == 1)
        {
            return;
        }

        try
        {
            foreach (var (id, printer) in _printers.Printers)
            {
                var status = await printer.GetStatusAsync(_stop.Token);
                if (!status.Known)
                {
                    continue;
                }

                foreach (var dispenser in _dispensers.Where(d => d.PrinterId == id))
                {
                    _registry.ReportPaper(dispenser.Id, status.PaperWord);
                    if (!status.Online && _online.GetValueOrDefault(id, true))
                    {
                        _registry.ReportError(dispenser.Id, $"drukarka {printer.Name} nie odpowiada");
                    }
                }

                if (_online.GetValueOrDefault(id, true) != status.Online)
                {
                    _logger.LogWarning("Printer {Printer} ({Name}) is {State}", id, printer.Name, status.Online ? "back online" : "OFFLINE");
                }

                _online[id] = status.Online;
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            Interlocked.Exchange(ref _running, 0);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _timer.DisposeAsync();
        await _stop.CancelAsync();
        _stop.Dispose();
    }
}
