using System.Globalization;
using System.Text;
using EdgeQueue.Simulation.Printing;
using EdgeQueue.Simulation.Reporting.Imaging;

namespace EdgeQueue.Simulator.Hall;

/// <summary>
/// The thermal printer in a dispenser's kiosk, on the network (raw TCP like port 9100): it
/// answers the hub's status queries, takes each job, plays the ESC/POS bytes like the printer
/// would and keeps the result as a PNG picture and a text file in the output folder. Paper can run
/// out on command: the status answers say so and the hub refuses to print.
/// </summary>
internal sealed class KioskPrinter : IAsyncDisposable
{
    private readonly LoopbackNetworkPrinter _printer = new();
    private readonly string _folder;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _taking;
    private readonly List<string> _tickets = [];
    private int _printed;
    private int _unreadable;

    public KioskPrinter(string id, string folder)
    {
        Id = id;
        _folder = folder;
        Directory.CreateDirectory(folder);
        _taking = TakeJobsAsync();
    }

    public string Id { get; }

    public int Port => _printer.Port;

    public int Printed => Volatile.Read(ref _printed);

    /// <summary>Jobs that did not decode as ESC/POS (kept as .bin for a look).</summary>
    public int Unreadable => Volatile.Read(ref _unreadable);

    public bool PaperOut { get; private set; }

    /// <summary>Tickets printed so far, by number (e.g. "A017"), in print order.</summary>
    public IReadOnlyList<string> Tickets
    {
        get
        {
            lock (_tickets)
            {
                return [.. _tickets];
            }
        }
    }

    public void RunOutOfPaper()
    {
        PaperOut = true;
        _printer.Status = LoopbackNetworkPrinter.PaperOutStatus;
    }

    public void Refill()
    {
        PaperOut = false;
        _printer.Status = LoopbackNetworkPrinter.ReadyStatus;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _taking;
        }
        catch (OperationCanceledException)
        {
        }

        await _printer.DisposeAsync();
        _stop.Dispose();
    }

    /// <summary>The ticket number: the largest text on the ticket.</summary>
    internal static string NumberOf(EscPosDocument ticket) =>
        ticket.Lines.Where(l => l.Text.Trim().Length > 0)
            .OrderByDescending(l => l.Width * l.Height)
            .Select(l => l.Text.Trim())
            .FirstOrDefault() ?? "ticket";

    private async Task TakeJobsAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var job = await _printer.NextJobAsync(_stop.Token);
            var n = Interlocked.Increment(ref _printed);
            var stem = Path.Combine(_folder, n.ToString("0000", CultureInfo.InvariantCulture));
            EscPosDocument ticket;
            try
            {
                ticket = EscPosDecoder.Decode(job);
            }
            catch (FormatException)
            {
                Interlocked.Increment(ref _unreadable);
                await File.WriteAllBytesAsync(stem + ".bin", job, CancellationToken.None);
                continue;
            }

            var number = NumberOf(ticket);
            lock (_tickets)
            {
                _tickets.Add(number);
            }

            var safe = new string([.. number.Where(char.IsAsciiLetterOrDigit)]);
            await File.WriteAllBytesAsync($"{stem}-{safe}.png", PngEncoder.Encode(TicketRenderer.Render(ticket)), CancellationToken.None);
            await File.WriteAllTextAsync($"{stem}-{safe}.txt", TicketRenderer.ToText(ticket), new UTF8Encoding(false), CancellationToken.None);
        }
    }
}
