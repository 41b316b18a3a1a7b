using System.Collections.Concurrent;
using System.Globalization;

namespace EdgeQueue.Simulator.Hall;

/// <summary>What happened during a run, stamped with the simulated time, for the report's "What happened".</summary>
internal sealed class RunJournal(TimeProvider clock, TimeZoneInfo zone)
{
    private readonly ConcurrentQueue<string> _notes = new();

    public event Action<string>? Noted;

    public IReadOnlyList<string> Notes => [.. _notes];

    public void Note(string text)
    {
        var local = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone);
        var line = string.Create(CultureInfo.InvariantCulture, $"{local:HH:mm:ss} {text}");
        _notes.Enqueue(line);
        Noted?.Invoke(line);
    }
}
