namespace EdgeQueue.Hardware.Audio;

/// <summary>The PCM format of a WAV file's fmt chunk.</summary>
public sealed record WavFormat(int SampleRate, int Channels, int BitsPerSample)
{
    /// <summary>The default clip format: 16 kHz mono 16-bit, plenty for speech and small on disk.</summary>
    public static WavFormat Speech16k { get; } = new(16000, 1, 16);

    public int BlockAlign => Channels * BitsPerSample / 8;

    public int ByteRate => SampleRate * BlockAlign;

    public override string ToString() => $"{SampleRate} Hz, {(Channels == 1 ? "mono" : $"{Channels} channels")}, {BitsPerSample}-bit PCM";
}
