using EdgeQueue.Mqtt.Broker.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EdgeQueue.Mqtt.Broker;

/// <summary>How an <see cref="MqttBroker"/> listens, whom it lets in and what they may do.</summary>
public sealed record MqttBrokerOptions
{
    public required IReadOnlyList<MqttListenerOptions> Listeners { get; init; }

    /// <summary>Decides every CONNECT (user list from the configuration file, or the hub's own store).</summary>
    public required IMqttAuthenticator Authenticator { get; init; }

    /// <summary>Decides every PUBLISH and SUBSCRIBE; defaults to allowing all (no ACL).</summary>
    public IMqttAuthorizer Authorizer { get; init; } = AllowAllAuthorizer.Instance;

    public MqttBrokerLimits Limits { get; init; } = new();

    /// <summary>
    /// Users whose client id must be their user name (devices: one identity, one session). Such a
    /// user connecting with another client id is refused with CONNACK 0x05, so it can neither take
    /// over nor resume another client's session; an empty client id is given the user name.
    /// Anonymous clients are not affected. Default: nobody.
    /// </summary>
    public Func<string, bool> ClientIdMustMatchUsername { get; init; } = static _ => false;

    /// <summary>Back-off after failed log-ins, per source address and per user name.</summary>
    public MqttLoginBackoff LoginBackoff { get; init; } = new();

    /// <summary>
    /// Folder where retained messages and persistent sessions are saved (within a second of a
    /// change, and at stop) and reloaded at start; null keeps them in memory only.
    /// </summary>
    public string? DataDirectory { get; init; }

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    public ILoggerFactory LoggerFactory { get; init; } = NullLoggerFactory.Instance;
}
