namespace EdgeQueue.Mqtt.Client;

/// <summary>The client got connected (after CONNACK) or lost its link; <see cref="Error"/> says why it was lost.</summary>
public sealed class MqttConnectionStateChangedEventArgs(bool isConnected, bool sessionPresent, Exception? error) : EventArgs
{
    public bool IsConnected { get; } = isConnected;

    /// <summary>On connect: the broker still had this client's persistent session.</summary>
    public bool SessionPresent { get; } = sessionPresent;

    public Exception? Error { get; } = error;
}
