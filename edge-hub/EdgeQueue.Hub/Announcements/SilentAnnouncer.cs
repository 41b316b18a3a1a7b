using EdgeQueue.Contracts.Messages;

namespace EdgeQueue.Hub.Announcements;

/// <summary>For a site whose audio output is "none": calls are shown, not spoken.</summary>
public sealed class SilentAnnouncer : ICallAnnouncer
{
    public void Announce(HallCall call)
    {
    }
}
