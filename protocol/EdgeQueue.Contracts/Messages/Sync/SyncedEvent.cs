using System.Text.Json;

namespace EdgeQueue.Contracts.Messages.Sync;

/// <summary>
/// One committed hall event: the site's gap-free sequence number, the event's type and moment, and
/// the event itself as a contract record (<see cref="Events.HallEvent"/> in <see cref="Data"/>, with
/// its <c>"type"</c>). Data stays raw JSON here so central can store a type newer than it knows.
/// </summary>
public sealed record SyncedEvent(long Seq, string Type, DateTimeOffset At, JsonElement Data);
