using System.CommandLine;
using System.Globalization;
using EdgeQueue.Simulator.Hall;

namespace EdgeQueue.Simulator.Console;

/// <summary>The options <c>demo</c> and <c>sim day</c> share, with their checks.</summary>
internal sealed class HallOptions
{
    private readonly Option<int?> _for = new("--for") { Description = "Stop after this many seconds (the loss check still runs)" };
    private readonly Option<string> _out;
    private readonly Option<string?> _data = new("--data") { Description = "The hub's data folder (must not hold a database yet); default OUT/data" };
    private readonly Option<double> _speed;
    private readonly Option<int> _seed = new("--seed") { Description = "The day's random seed: the same seed plans the same day", DefaultValueFactory = _ => 1 };
    private readonly Option<int?> _port = new("--port") { Description = "HTTP port of the hub's pages (default: a free one)" };
    private readonly Option<string[]> _faults = new("--fault") { Description = "A fault during the day, repeatable: " + Faults.FaultSchedule.Syntax, AllowMultipleArgumentsPerToken = false };
    private readonly Option<int?> _walkIns = new("--walk-ins") { Description = "Walk-in residents in the day (default 280)" };
    private readonly Option<int?> _bookings = new("--bookings") { Description = "Booked visits in the day (default 60)" };
    private readonly Option<string?> _day = new("--day") { Description = "The date of the simulated day, yyyy-MM-dd (default: the next weekday)" };

    public HallOptions(double defaultSpeed, string defaultOut)
    {
        _speed = new Option<double>("--speed") { Description = "How much faster than real time the day runs (1…10000)", DefaultValueFactory = _ => defaultSpeed };
        _out = new Option<string>("--out") { Description = "Output folder: tickets (PNG, text), announcements (WAV), report", DefaultValueFactory = _ => defaultOut };
        _speed.Validators.Add(r =>
        {
            var v = r.GetValueOrDefault<double>();
            if (!double.IsFinite(v) || v < 1 || v > 10_000)
            {
                r.AddError(string.Create(CultureInfo.InvariantCulture, $"--speed must be between 1 and 10000, got {v}"));
            }
        });
        _for.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is < 1)
            {
                r.AddError("--for takes a number of seconds above 0");
            }
        });
        _port.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is < 1 or > 65535)
            {
                r.AddError("--port must be 1…65535");
            }
        });
        _walkIns.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is < 0 or > 5000)
            {
                r.AddError("--walk-ins must be 0…5000");
            }
        });
        _bookings.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is < 0 or > 500)
            {
                r.AddError("--bookings must be 0…500");
            }
        });
        _day.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } text && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                r.AddError($"--day takes a date like 2026-11-23, got '{text}'");
            }
        });
    }

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in new Option[] { _for, _out, _data, _speed, _seed, _port, _faults, _walkIns, _bookings, _day })
        {
            command.Options.Add(option);
        }
    }

    public HallRunOptions Read(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new HallRunOptions
        {
            OutFolder = result.GetValue(_out)!,
            DataFolder = result.GetValue(_data),
            Speed = result.GetValue(_speed),
            Seed = result.GetValue(_seed),
            HttpPort = result.GetValue(_port),
            RunFor = result.GetValue(_for) is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
            Faults = result.GetValue(_faults) ?? [],
            WalkIns = result.GetValue(_walkIns),
            Bookings = result.GetValue(_bookings),
            Day = result.GetValue(_day) is { } day ? DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        };
    }
}
