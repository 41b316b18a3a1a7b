namespace EdgeQueue.Queue.Storage;

/// <summary>What one caller queued for the leader to write: its commands, answered together.</summary>
internal sealed class Job(IReadOnlyList<JobItem> items, long? bookingsSequence)
{
    public IReadOnlyList<JobItem> Items { get; } = items;

    /// <summary>The central booking feed's position this job brings (bookings import), if any.</summary>
    public long? BookingsSequence { get; } = bookingsSequence;

    public TaskCompletionSource<IReadOnlyList<CommandResult>> Completion { get; } =
        new(TaskCreationOptions.RunContinuationsAsynchronously);
}
