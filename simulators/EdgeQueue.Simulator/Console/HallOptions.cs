using System.CommandLine;
using System.Globalization;
using EdgeQueue.Simulator.Hall;

namespace EdgeQueue.Simulator.Console;

/// <summary>The options <c>demo</c> and <c>sim day</c> share, with their checks.</summary>
internal sealed class HallOptions
{
    private readonly Option<int?> _for = WholeNumber("--for", "Stop after this many seconds (the loss check still runs)");
    private readonly Option<string> _out;
    private readonly Option<string?> _data = new("--data") { Description = "The hub's data folder (must not hold a database yet); default OUT/data, where an earlier run's data is moved aside" };
    private readonly Option<double> _speed;
    private readonly Option<int> _seed = new("--seed") { Description = "The day's random seed: the same seed plans the same day", DefaultValueFactory = _ => 1 };
    private readonly Option<int?> _port = WholeNumber("--port", "HTTP port of the hub's pages (default: a free one)");
    private readonly Option<int?> _centralPort = WholeNumber("--central-port", "HTTP port of central's pages (default: a free one)");
    private readonly Option<string[]> _faults = new("--fault") { Description = "A fault during the day, repeatable: " + Faults.FaultSchedule.Syntax, AllowMultipleArgumentsPerToken = false };
    private readonly Option<int?> _walkIns = WholeNumber("--walk-ins", "Walk-in residents in the day (default 280)");
    private readonly Option<int?> _bookings = WholeNumber("--bookings", "Booked visits in the day (default 60)");
    private readonly Option<string?> _hub = new("--hub")
    {
        Description = "The hub build to run: its EdgeQueue.Hub.dll or an executable, such as the Native AOT hub of ./edgequeue publish-hub (default: the IL build beside the simulator); `./edgequeue demo --native` publishes that hub and passes it here",
    };

    private readonly Option<string?> _day = new("--day") { Description = "The date of the simulated day, yyyy-MM-dd (default: the next weekday)" };

    /// <param name="withCentral">The demo: central runs too, and <c>--central-port</c> is an option.</param>
    public HallOptions(double defaultSpeed, string defaultOut, bool withCentral = false)
    {
        WithCentral = withCentral;
        _speed = new Option<double>("--speed") { Description = "How much faster than real time the day runs (1…10000)", DefaultValueFactory = _ => defaultSpeed };
        _out = new Option<string>("--out") { Description = "Output folder: tickets (PNG, text), announcements (WAV), report", DefaultValueFactory = _ => defaultOut };
        Check(_speed, v => !double.IsFinite(v) || v < 1 || v > 10_000
            ? string.Create(CultureInfo.InvariantCulture, $"--speed must be between 1 and 10000, got {v}") : null);
        Check(_for, v => v is < 1 ? "--for takes a number of seconds above 0" : null);
        Check(_port, v => v is < 1 or > 65535 ? "--port must be 1…65535" : null);
        Check(_centralPort, v => v is < 1 or > 65535 ? "--central-port must be 1…65535" : null);
        Check(_walkIns, v => v is < 0 or > 5000 ? "--walk-ins must be 0…5000" : null);
        Check(_bookings, v => v is < 0 or > 500 ? "--bookings must be 0…500" : null);
        Check(_hub, path => path is not null && !File.Exists(path) ? $"--hub names no file: {path}" : null);
        Check(_day, text => text is not null && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? $"--day takes a date like 2026-11-23, got '{text}'" : null);
    }

    public bool WithCentral { get; }

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in new Option[] { _for, _out, _data, _speed, _seed, _port, _faults, _walkIns, _bookings, _day, _hub })
        {
            command.Options.Add(option);
        }

        if (WithCentral)
        {
            command.Options.Add(_centralPort);
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
            WithCentral = WithCentral,
            CentralPort = WithCentral ? result.GetValue(_centralPort) : null,
            RunFor = result.GetValue(_for) is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
            Faults = result.GetValue(_faults) ?? [],
            WalkIns = result.GetValue(_walkIns),
            Bookings = result.GetValue(_bookings),
            Day = result.GetValue(_day) is { } day ? DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            HubProgram = result.GetValue(_hub) is { } hub ? Path.GetFullPath(hub) : null,
        };
    }

    /// <summary>An optional whole number; anything else is refused naming the option and what was given.</summary>
    private static Option<int?> WholeNumber(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = r =>
        {
            var text = r.Tokens.Count == 1 ? r.Tokens[0].Value : string.Join(' ', r.Tokens.Select(t => t.Value));
            if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            r.AddError($"{name} takes a whole number, got '{text}'");
            return null;
        },
    };

    /// <summary>
    /// Adds a range check. A value that does not parse at all (<c>--for abc</c>) is left to the
    /// parser, which reports it as an error of its own: reading it here would throw.
    /// </summary>
    private static void Check<T>(Option<T> option, Func<T, string?> problem) => option.Validators.Add(r =>
    {
        T value;
        try
        {
            value = r.GetValueOrDefault<T>();
        }
        catch (InvalidOperationException)
        {
            return;
        }

        if (problem(value) is { } message)
        {
            r.AddError(message);
        }
    });
}
