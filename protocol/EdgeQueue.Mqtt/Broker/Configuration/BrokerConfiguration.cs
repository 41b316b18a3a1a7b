using EdgeQueue.Mqtt.Broker.Security;

namespace EdgeQueue.Mqtt.Broker.Configuration;

/// <summary>A loaded and checked broker configuration file, ready to become <see cref="MqttBrokerOptions"/>.</summary>
/// <param name="Listeners">Where to listen (empty when the file names none).</param>
/// <param name="Authenticator">Users and anonymous access from the file.</param>
/// <param name="Authorizer">The ACL from the file, or allow-all when the file has no ACL rules at all.</param>
/// <param name="Limits">Limits, defaults where the file is silent.</param>
/// <param name="HasAcl">Whether the file defines any ACL rule.</param>
/// <param name="ClientIdMustMatchUsername">Users who must use their user name as client id (see <see cref="MqttBrokerOptions.ClientIdMustMatchUsername"/>).</param>
public sealed record BrokerConfiguration(
    IReadOnlyList<MqttListenerOptions> Listeners,
    IMqttAuthenticator Authenticator,
    IMqttAuthorizer Authorizer,
    MqttBrokerLimits Limits,
    bool HasAcl,
    Func<string, bool> ClientIdMustMatchUsername);
