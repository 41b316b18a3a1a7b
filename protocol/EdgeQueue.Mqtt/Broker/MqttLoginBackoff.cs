namespace EdgeQueue.Mqtt.Broker;

/// <summary>
/// Slows password guessing: after <see cref="FreeFailures"/> failed log-ins from one source address,
/// or for one user name, further CONNECTs from that address or for that user are refused with CONNACK
/// 0x05 without checking the password, for a time that doubles with each further failure, from
/// <see cref="FirstDelay"/> up to <see cref="MaxDelay"/>. A user name's back-off does not apply to
/// the address that user last logged in from, so a guesser elsewhere cannot lock a device out.
/// A successful log-in clears the address's and the user's failures; so do <see cref="ForgetAfter"/>
/// without a failure.
/// </summary>
public sealed record MqttLoginBackoff
{
    /// <summary>Failures allowed before the first back-off (which the last of them starts).</summary>
    public int FreeFailures { get; init; } = 5;

    public TimeSpan FirstDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan ForgetAfter { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting that is out of range.</summary>
    public void Validate()
    {
        if (FreeFailures < 1 || FirstDelay <= TimeSpan.Zero || MaxDelay < FirstDelay || ForgetAfter <= TimeSpan.Zero)
        {
            throw new ArgumentException(
                "login back-off needs FreeFailures >= 1, FirstDelay > 0, MaxDelay >= FirstDelay and ForgetAfter > 0", nameof(MqttBrokerOptions.LoginBackoff));
        }
    }
}
