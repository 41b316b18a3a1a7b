namespace EdgeQueue.Hardware.Audio;

/// <summary>The hall loudspeaker.</summary>
public interface ISpeaker
{
    /// <summary>
    /// Queues an announcement behind those already waiting; announcements never overlap. The task
    /// completes when it has been played (every repeat) and faults with <see cref="SpeakerException"/>
    /// when it could not be.
    /// </summary>
    Task PlayAsync(Announcement announcement, CancellationToken cancellationToken = default);
}
