namespace EdgeQueue.Mqtt.Broker.Security;

/// <summary>An authenticator backed by a function, for a host that keeps credentials in its own store.</summary>
public sealed class DelegateAuthenticator(
    Func<MqttConnectRequest, CancellationToken, ValueTask<MqttAuthenticationResult>> authenticate) : IMqttAuthenticator
{
    private readonly Func<MqttConnectRequest, CancellationToken, ValueTask<MqttAuthenticationResult>> _authenticate =
        authenticate ?? throw new ArgumentNullException(nameof(authenticate));

    public ValueTask<MqttAuthenticationResult> AuthenticateAsync(MqttConnectRequest request, CancellationToken cancellationToken) =>
        _authenticate(request, cancellationToken);
}
