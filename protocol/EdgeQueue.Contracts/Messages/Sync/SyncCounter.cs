namespace EdgeQueue.Contracts.Messages.Sync;

/// <summary>A counter of a site configuration: number, categories in order of preference, policy <c>longestWait</c> or <c>strictOrder</c>.</summary>
public sealed record SyncCounter(int Number, IReadOnlyList<string> Categories, string? Policy = null);
