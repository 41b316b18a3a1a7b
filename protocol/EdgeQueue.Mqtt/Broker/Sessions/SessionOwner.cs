namespace EdgeQueue.Mqtt.Broker.Sessions;

/// <summary>The user that created a session; only that user may resume or take it over.</summary>
/// <param name="Username">The user name of its CONNECT; null for an anonymous client.</param>
internal sealed record SessionOwner(string? Username);
