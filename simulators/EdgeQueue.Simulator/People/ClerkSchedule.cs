namespace EdgeQueue.Simulator.People;

/// <summary>When the clerks start, and when their day is over: after closing, once every resident has come and gone to a ticket.</summary>
internal sealed class ClerkSchedule(DateTimeOffset opening, DateTimeOffset closing, Task residentsDone)
{
    public DateTimeOffset Opening { get; } = opening;

    public DateTimeOffset Closing { get; } = closing;

    public bool DayIsOver(DateTimeOffset now) => now >= Closing && residentsDone.IsCompleted;
}
