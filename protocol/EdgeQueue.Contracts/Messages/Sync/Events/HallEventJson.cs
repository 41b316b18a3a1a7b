using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace EdgeQueue.Contracts.Messages.Sync.Events;

/// <summary>A hall event as the <see cref="SyncedEvent.Data"/> of a batch, written by the hub and read by central.</summary>
public static class HallEventJson
{
    public static SyncedEvent ToSynced(long sequence, HallEvent hallEvent)
    {
        ArgumentNullException.ThrowIfNull(hallEvent);
        return new SyncedEvent(sequence, hallEvent.Name, hallEvent.At, ContractJson.SerializeToElement(hallEvent));
    }

    /// <summary>
    /// Reads a stored event. False with the reason for a type this contract version does not know
    /// (<paramref name="unknownType"/>: a newer hall; store it, report it, go on) or for JSON that is
    /// not what its type says (a fault to report).
    /// </summary>
    public static bool TryRead(
        string type,
        string json,
        [NotNullWhen(true)] out HallEvent? hallEvent,
        [NotNullWhen(false)] out string? problem,
        out bool unknownType)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(json);
        hallEvent = null;
        unknownType = !HallEvents.IsKnown(type);
        if (unknownType)
        {
            problem = $"event type '{type}' is not in hall event contract v{HallEvents.Version} (a newer hub): stored, not counted";
            return false;
        }

        if (!ContractJson.TryDeserialize(Encoding.UTF8.GetBytes(json), ContractJson.MaxSyncPayloadBytes, out hallEvent, out problem))
        {
            return false;
        }

        if (hallEvent.Name != type)
        {
            problem = $"event announced as '{type}' holds a '{hallEvent.Name}'";
            hallEvent = null;
            return false;
        }

        return true;
    }
}
