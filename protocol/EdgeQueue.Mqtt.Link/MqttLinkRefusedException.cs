using MQTTnet;

namespace EdgeQueue.Mqtt.Link;

/// <summary>
/// The broker answered CONNECT with a refusal (MQTTnet 5 returns the code instead of throwing; the
/// link turns it into this, so a wrong password is never mistaken for a working connection).
/// </summary>
public sealed class MqttLinkRefusedException : Exception
{
    public MqttLinkRefusedException()
        : this(MqttClientConnectResultCode.UnspecifiedError, "the broker")
    {
    }

    public MqttLinkRefusedException(string message)
        : base(message)
    {
        ResultCode = MqttClientConnectResultCode.UnspecifiedError;
    }

    public MqttLinkRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
        ResultCode = MqttClientConnectResultCode.UnspecifiedError;
    }

    public MqttLinkRefusedException(MqttClientConnectResultCode resultCode, string endpoint)
        : base($"{endpoint} refused the connection: {Describe(resultCode)} ({resultCode})")
    {
        ResultCode = resultCode;
    }

    public MqttClientConnectResultCode ResultCode { get; }

    private static string Describe(MqttClientConnectResultCode code) => code switch
    {
        MqttClientConnectResultCode.UnsupportedProtocolVersion => "MQTT 3.1.1 is not supported",
        MqttClientConnectResultCode.ClientIdentifierNotValid => "client id rejected",
        MqttClientConnectResultCode.ServerUnavailable => "server unavailable",
        MqttClientConnectResultCode.BadUserNameOrPassword => "bad user name or password",
        MqttClientConnectResultCode.NotAuthorized => "not authorized (wrong credentials, client id or rights)",
        _ => "refused",
    };
}
