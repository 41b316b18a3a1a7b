using EdgeQueue.Contracts.Messages;
using EdgeQueue.Hardware.Audio;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Hub.Announcements;

/// <summary>
/// "Numer A017, zapraszamy do stanowiska numer 5" ("Ponownie numer A017, …" for a recall): each
/// call and recall is composed from the clip set into one WAV and queued on the speaker, which plays
/// them in order without overlap.
/// </summary>
public sealed class HallAnnouncer(AnnouncementComposer composer, ISpeaker speaker, ILogger logger) : ICallAnnouncer
{
    public ISpeaker Speaker => speaker;

    public void Announce(HallCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        Announcement announcement;
        try
        {
            announcement = call.Recall ? composer.ComposeRecall(call.Ticket, call.Counter) : composer.ComposeCall(call.Ticket, call.Counter);
        }
        catch (ArgumentException e)
        {
            logger.LogWarning("Cannot announce {Ticket} at counter {Counter}: {Error}", call.Ticket, call.Counter, e.Message);
            return;
        }

        _ = PlayAsync(announcement);
    }

    private async Task PlayAsync(Announcement announcement)
    {
        try
        {
            await speaker.PlayAsync(announcement);
        }
        catch (SpeakerException e)
        {
            logger.LogWarning("Announcement of {Ticket} could not be played: {Error}", announcement.TicketNumber, e.Message);
        }
        catch (OperationCanceledException)
        {
            // The hub is stopping.
        }
        catch (ObjectDisposedException)
        {
        }
    }
}
