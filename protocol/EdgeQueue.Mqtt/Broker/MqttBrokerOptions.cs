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
    /// Folder where retained messages and persistent sessions are saved (within a second of a
    /// change, and at stop) and reloaded at start; null keeps them in memory only.
    /// </summary>
    public string? DataDirectory { get; init; }

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    public ILoggerFactory LoggerFactory { get; init; } = NullLoggerFactory.Instance;
}
