namespace EdgeQueue.Hub.Gateway;

/// <summary>A message the hub received on the site broker.</summary>
public sealed record SiteMessage(string Topic, ReadOnlyMemory<byte> Payload, bool Retain);
