namespace EdgeQueue.Testing;

/// <summary>
/// What a test's Mosquitto allows. With <see cref="AclLines"/> null every authenticated user may
/// use every topic; otherwise the lines are Mosquitto ACL file syntax ("user NAME", "topic read X").
/// </summary>
public sealed record MosquittoOptions
{
    public IReadOnlyList<MosquittoUser> Users { get; init; } = [];

    public IReadOnlyList<string>? AclLines { get; init; }

    public bool AllowAnonymous { get; init; }

    /// <summary>Adds a TLS listener on a second free port.</summary>
    public MosquittoTls? Tls { get; init; }

    /// <summary>More mosquitto.conf lines, e.g. "max_queued_messages 100".</summary>
    public IReadOnlyList<string> ExtraConfig { get; init; } = [];
}
