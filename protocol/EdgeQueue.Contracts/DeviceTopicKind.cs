namespace EdgeQueue.Contracts;

/// <summary>The last segment of a <c>…/device/{id}/…</c> topic.</summary>
public enum DeviceTopicKind
{
    Event,
    Reply,
    State,
    Config,
    Show,
}
