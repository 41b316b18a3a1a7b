namespace EdgeQueue.Hardware.Audio;

public sealed record AplaySpeakerOptions
{
    /// <summary>The player; the WAV arrives on its standard input.</summary>
    public string Command { get; init; } = "aplay";

    /// <summary>ALSA device (aplay -D), e.g. "plughw:1,0" for a USB sound card; null for the default.</summary>
    public string? Device { get; init; }

    /// <summary>How many times each announcement is said (1–5).</summary>
    public int Repeat { get; init; } = 1;

    /// <summary>Silence between repeats.</summary>
    public TimeSpan PauseBetweenRepeats { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest a single playback may take before the player is stopped.</summary>
    public TimeSpan PlaybackTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
