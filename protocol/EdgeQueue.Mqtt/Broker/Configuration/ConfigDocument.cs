namespace EdgeQueue.Mqtt.Broker.Configuration;

/// <summary>The JSON shape of a broker configuration file (see protocol/README.md).</summary>
internal sealed record ConfigDocument
{
    public List<ListenerDocument>? Listeners { get; init; }

    public bool AllowAnonymous { get; init; }

    /// <summary>Every user must connect with its user name as client id (a user's own entry may say otherwise).</summary>
    public bool ClientIdMustMatchUsername { get; init; }

    public List<UserDocument>? Users { get; init; }

    public List<AclRuleDocument>? AnonymousAcl { get; init; }

    public List<AclRuleDocument>? Patterns { get; init; }

    public LimitsDocument? Limits { get; init; }
}
