namespace EdgeQueue.Mqtt.Broker.Persistence;

/// <summary>Counts changes to state that is saved periodically, so a saver writes only when something changed.</summary>
internal sealed class ChangeCounter
{
    private long _value;

    public long Value => Interlocked.Read(ref _value);

    public void Changed() => Interlocked.Increment(ref _value);
}
