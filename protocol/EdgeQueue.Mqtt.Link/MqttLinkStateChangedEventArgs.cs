namespace EdgeQueue.Mqtt.Link;

/// <summary>The link became ready (after CONNACK and re-subscription) or was lost; <see cref="Error"/> says why.</summary>
public sealed class MqttLinkStateChangedEventArgs(bool isConnected, bool sessionPresent, Exception? error) : EventArgs
{
    public bool IsConnected { get; } = isConnected;

    /// <summary>On connect: the broker still had this client's persistent session.</summary>
    public bool SessionPresent { get; } = sessionPresent;

    /// <summary>On a lost link or a failed attempt: what went wrong.</summary>
    public Exception? Error { get; } = error;
}
