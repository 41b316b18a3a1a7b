namespace EdgeQueue.Hardware.Audio;

/// <summary>A clip folder cannot be used; the message lists every problem found, one per line.</summary>
public sealed class VoiceClipSetException : Exception
{
    public VoiceClipSetException(string folder, IReadOnlyList<string> problems)
        : base($"The announcement clips in {folder} cannot be used:{Environment.NewLine}  - "
               + string.Join(Environment.NewLine + "  - ", problems))
    {
        Problems = problems;
    }

    public VoiceClipSetException()
        : this("(unknown folder)", [])
    {
    }

    public VoiceClipSetException(string message)
        : base(message) => Problems = [message];

    public VoiceClipSetException(string message, Exception innerException)
        : base(message, innerException) => Problems = [message];

    public IReadOnlyList<string> Problems { get; } = [];
}
