namespace EdgeQueue.Hub.Site;

/// <summary>
/// <c>audio</c>: <see cref="Output"/> is <c>auto</c> (aplay when the machine has a sound card, else
/// WAV files), <c>aplay</c>, <c>folder</c> or <c>none</c>.
/// </summary>
public sealed class AudioSection
{
    public string? Output { get; set; }

    /// <summary>ALSA device for aplay (-D), e.g. "default" or "plughw:1,0".</summary>
    public string? Device { get; set; }

    /// <summary>Where WAV files go with <c>folder</c> output (relative to the data folder).</summary>
    public string? Folder { get; set; }

    /// <summary>How many times each call is spoken (1-3).</summary>
    public int? Repeat { get; set; }

    /// <summary>A folder of recorded clips that replaces the default clip set.</summary>
    public string? Clips { get; set; }
}
