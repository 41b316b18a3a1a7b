using EdgeQueue.Queue.Commands;
using EdgeQueue.Queue.Configuration;
using EdgeQueue.Queue.Engine;
using EdgeQueue.Queue.Events;
using EdgeQueue.Queue.Results;
using EdgeQueue.Queue.State;

namespace EdgeQueue.Queue.Tests.Support;

/// <summary>Runs commands through the pure engine, keeping the state and every event, with a hand-moved clock.</summary>
public sealed class EngineDriver(SiteConfiguration? configuration = null, DateTimeOffset? start = null)
{
    private readonly List<QueueEvent> _log = [];

    public QueueEngine Engine { get; } = new(configuration ?? TestSite.Configuration());

    public QueueState State { get; private set; } = QueueState.Empty;

    public DateTimeOffset Now { get; set; } = start ?? TestSite.MondayNine;

    public IReadOnlyList<QueueEvent> Log => _log;

    public IReadOnlyList<QueueEvent> LastEvents { get; private set; } = [];

    public CommandReply Run(QueueCommand command)
    {
        var decision = Engine.Decide(State, command, Now);
        State = decision.State;
        LastEvents = decision.Events;
        _log.AddRange(decision.Events);
        return decision.Reply;
    }

    /// <summary>Runs a command that must be accepted and returns its reply.</summary>
    public CommandReply Ok(QueueCommand command)
    {
        var reply = Run(command);
        Assert.True(reply.Accepted, $"{command} was refused: {reply.Error} {reply.Message}");
        return reply;
    }

    public string Issue(string category) => Ok(new IssueTicket(category)).Ticket!.Number;

    public string? Next(int counter) => Ok(new CallNext(counter)).NowServing?.Number;

    public void Advance(TimeSpan by) => Now += by;

    /// <summary>Opens the counter, issues one ticket in <paramref name="category"/> and calls it there.</summary>
    public void CallOneAt(int counter, string category)
    {
        OpenCounters(counter);
        Issue(category);
        Assert.NotNull(Next(counter));
    }

    public void OpenCounters(params int[] counters)
    {
        foreach (var counter in counters)
        {
            Ok(new OpenCounter(counter));
        }
    }
}
