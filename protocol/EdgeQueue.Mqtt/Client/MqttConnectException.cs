using EdgeQueue.Mqtt.Packets;

namespace EdgeQueue.Mqtt.Client;

/// <summary>The broker answered CONNECT with a refusal; <see cref="ReturnCode"/> says why.</summary>
public sealed class MqttConnectException : Exception
{
    public MqttConnectException()
        : this(ConnectReturnCode.ServerUnavailable)
    {
    }

    public MqttConnectException(string message)
        : base(message)
    {
        ReturnCode = ConnectReturnCode.ServerUnavailable;
    }

    public MqttConnectException(string message, Exception innerException)
        : base(message, innerException)
    {
        ReturnCode = ConnectReturnCode.ServerUnavailable;
    }

    public MqttConnectException(ConnectReturnCode returnCode, string? endpoint = null)
        : base($"broker {endpoint ?? ""} refused the connection: {Describe(returnCode)} (CONNACK return code {(byte)returnCode})".Replace("  ", " ", StringComparison.Ordinal))
    {
        ReturnCode = returnCode;
    }

    public ConnectReturnCode ReturnCode { get; }

    private static string Describe(ConnectReturnCode code) => code switch
    {
        ConnectReturnCode.UnacceptableProtocolVersion => "MQTT 3.1.1 is not supported",
        ConnectReturnCode.IdentifierRejected => "client id rejected",
        ConnectReturnCode.ServerUnavailable => "server unavailable",
        ConnectReturnCode.BadUserNameOrPassword => "bad user name or password",
        ConnectReturnCode.NotAuthorized => "not authorized (wrong credentials or no rights)",
        _ => "accepted",
    };
}
