using System.Text.Json;

namespace EdgeQueue.Contracts.Messages.Sync;

/// <summary>
/// One committed queue event: the site's gap-free sequence number, the event's name and moment, and
/// the event itself as the queue store writes it (<see cref="Data"/>, with its <c>"type"</c>).
/// </summary>
public sealed record SyncedEvent(long Seq, string Type, DateTimeOffset At, JsonElement Data);
