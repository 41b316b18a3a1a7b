using System.Threading.Channels;
using EdgeQueue.Simulator.Devices;
using EdgeQueue.Simulator.People;

namespace EdgeQueue.Simulator.Tests.Support;

/// <summary>A keypad whose hub answers come from a script; it records each press and when it happened.</summary>
internal sealed class ScriptedKeypad(TimeProvider clock) : IClerkKeypad
{
    private readonly Queue<DeviceReplySeen> _answers = new();
    private readonly Channel<string> _presses = Channel.CreateUnbounded<string>();
    private int _sequence;

    public List<(string Press, DateTimeOffset At)> Presses { get; } = [];

    public ScriptedKeypad Answer(string? ticket) => Then(new DeviceReplySeen("e", true, ticket, null, null));

    public ScriptedKeypad Refuse(string error) => Then(new DeviceReplySeen("e", false, null, null, error));

    public Task<PressOutcome> PressAsync(int button, TimeSpan timeout, CancellationToken cancellationToken) =>
        Record(button switch { 0 => "next", 1 => "recall", 2 => "noshow", 3 => "done", _ => $"button{button}" });

    public Task<PressOutcome> TransferAsync(string category, TimeSpan timeout, CancellationToken cancellationToken) =>
        Record($"transfer:{category}");

    /// <summary>The next press the clerk makes.</summary>
    public async Task<string> NextPressAsync() => await _presses.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));

    private ScriptedKeypad Then(DeviceReplySeen answer)
    {
        lock (_answers)
        {
            _answers.Enqueue(answer);
        }

        return this;
    }

    private Task<PressOutcome> Record(string press)
    {
        DeviceReplySeen answer;
        lock (_answers)
        {
            answer = _answers.Count > 0 ? _answers.Dequeue() : new DeviceReplySeen("e", false, null, null, "nothing-to-call");
            Presses.Add((press, clock.GetUtcNow()));
        }

        _presses.Writer.TryWrite(press);
        return Task.FromResult(new PressOutcome(true, answer with { EventId = $"keypad-01.1.{++_sequence}" }));
    }
}
