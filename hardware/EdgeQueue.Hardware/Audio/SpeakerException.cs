namespace EdgeQueue.Hardware.Audio;

/// <summary>An announcement could not be played (no sound card, player missing, disk full).</summary>
public sealed class SpeakerException : Exception
{
    public SpeakerException()
    {
    }

    public SpeakerException(string message)
        : base(message)
    {
    }

    public SpeakerException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
