namespace EdgeQueue.Mqtt.Broker.Security;

/// <summary>Decides whether a CONNECT may open a session. Called once per connection attempt.</summary>
public interface IMqttAuthenticator
{
    ValueTask<MqttAuthenticationResult> AuthenticateAsync(MqttConnectRequest request, CancellationToken cancellationToken);
}
