namespace EdgeQueue.Mqtt.Broker.Security;

/// <summary>
/// One access rule: a topic filter (wildcards allowed) and what it grants. In pattern rules,
/// a level written as %u stands for the client's user name and %c for its client id, as in
/// Mosquitto's <c>pattern</c> lines.
/// </summary>
public sealed record AclRule(string Topic, AclAccess Access);
