namespace EdgeQueue.Mqtt.Broker.Configuration;

/// <summary>An ACL entry: a topic filter and "read", "write" or "readwrite".</summary>
internal sealed record AclRuleDocument
{
    public string? Topic { get; init; }

    public string? Access { get; init; }
}
