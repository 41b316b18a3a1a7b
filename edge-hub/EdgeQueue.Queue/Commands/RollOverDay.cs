namespace EdgeQueue.Queue.Commands;

/// <summary>
/// Starts the new business day if it is due. Every other command does this first on its own; the
/// hub sends it at opening time so displays show the new day before the first button press.
/// </summary>
public sealed record RollOverDay : QueueCommand;
