using EdgeQueue.Contracts.Messages;

namespace EdgeQueue.Hub.Announcements;

/// <summary>Speaks calls in the hall, in order and without overlap; never blocks the caller.</summary>
public interface ICallAnnouncer
{
    void Announce(HallCall call);
}
