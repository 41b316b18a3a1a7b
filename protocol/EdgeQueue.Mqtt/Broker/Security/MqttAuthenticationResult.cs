namespace EdgeQueue.Mqtt.Broker.Security;

/// <summary>What an <see cref="IMqttAuthenticator"/> decided; maps onto the CONNACK return code.</summary>
public enum MqttAuthenticationResult
{
    /// <summary>CONNACK 0x00.</summary>
    Accepted,

    /// <summary>CONNACK 0x04: unknown user name or wrong password.</summary>
    BadUsernameOrPassword,

    /// <summary>CONNACK 0x05: credentials are fine (or absent) but this client may not connect.</summary>
    NotAuthorized,
}
