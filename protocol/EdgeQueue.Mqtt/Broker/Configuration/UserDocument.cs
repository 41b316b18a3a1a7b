namespace EdgeQueue.Mqtt.Broker.Configuration;

/// <summary>A user with a PBKDF2 password hash (`edgequeue broker passwd`) and the topics it may use.</summary>
internal sealed record UserDocument
{
    public string? Username { get; init; }

    public string? PasswordHash { get; init; }

    public List<AclRuleDocument>? Acl { get; init; }

    /// <summary>Overrides the file's clientIdMustMatchUsername for this user.</summary>
    public bool? ClientIdMustMatchUsername { get; init; }
}
