namespace EdgeQueue.Hardware.Audio;

/// <summary>
/// A call ready to play: what is said, the clips joined in order, and the assembled audio.
/// </summary>
public sealed record Announcement(string Text, IReadOnlyList<string> Clips, WavAudio Audio)
{
    /// <summary>The ticket called, for file names and logs (e.g. "A017").</summary>
    public string? TicketNumber { get; init; }

    public byte[] ToWavBytes() => Audio.ToWavBytes();
}
