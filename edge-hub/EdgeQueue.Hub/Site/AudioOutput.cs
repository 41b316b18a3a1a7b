namespace EdgeQueue.Hub.Site;

/// <summary>Where announcements go.</summary>
public enum AudioOutput
{
    /// <summary>aplay when the machine has a sound card, else WAV files.</summary>
    Auto,

    /// <summary>Played through ALSA's aplay.</summary>
    Aplay,

    /// <summary>Written as WAV files (no sound card, or for a recording of the day).</summary>
    Folder,

    /// <summary>Silent hall.</summary>
    None,
}
