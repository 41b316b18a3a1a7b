using EdgeQueue.Queue.State;

namespace EdgeQueue.Queue.Storage;

/// <summary>
/// The commands the leader takes at once (group commit): their plans in order, the state as
/// the batch leaves it, and the events it committed.
/// </summary>
internal sealed class WriteBatch(IReadOnlyList<Job> jobs, QueueState state, DateTimeOffset now)
{
    public IReadOnlyList<Job> Jobs { get; } = jobs;

    public List<Plan> Plans { get; } = [];

    /// <summary>The state after the commands decided so far; becomes the queue's once committed.</summary>
    public QueueState State { get; set; } = state;

    /// <summary>The moment of the command being decided, and of the commit.</summary>
    public DateTimeOffset Now { get; set; } = now;

    public long? BookingsSequence { get; set; }

    public List<SequencedEvent> Committed { get; } = [];

    /// <summary>A request repeated within the batch gets its first answer, marked as a repeat unless that answer was a failure.</summary>
    public void AnswerRepeatsWithinTheBatch()
    {
        foreach (var plan in Plans.Where(p => p.DuplicateOf is not null))
        {
            var first = plan.DuplicateOf!.Result!;
            plan.Result = first.Error is Results.QueueError.StorageFailure or Results.QueueError.InternalError ? first : first with { IsDuplicate = true };
        }
    }

    /// <summary>Each caller's answers, in the order of its commands.</summary>
    public IReadOnlyList<(Job Job, CommandResult[] Results)> ResultsPerJob()
    {
        var answers = new List<(Job, CommandResult[])>();
        var index = 0;
        foreach (var job in Jobs)
        {
            answers.Add((job, Plans.Skip(index).Take(job.Items.Count).Select(p => p.Result!).ToArray()));
            index += job.Items.Count;
        }

        return answers;
    }
}
