using System.Buffers.Binary;
using System.Text;

namespace EdgeQueue.Hardware.Audio;

/// <summary>
/// PCM samples with their format, read from and written to RIFF/WAVE bytes. Only integer PCM
/// (format tag 1) is accepted: that is what aplay plays everywhere and what clips are joined as.
/// </summary>
public sealed class WavAudio
{
    private const int HeaderSize = 44;

    public WavAudio(WavFormat format, byte[] pcm)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(pcm);
        if (pcm.Length % format.BlockAlign != 0)
        {
            throw new ArgumentException($"{pcm.Length} bytes is not a whole number of {format.BlockAlign}-byte sample frames.", nameof(pcm));
        }

        Format = format;
        Pcm = pcm;
    }

    public WavFormat Format { get; }

    /// <summary>The samples of the data chunk.</summary>
    public byte[] Pcm { get; }

    public TimeSpan Duration => TimeSpan.FromSeconds((double)Pcm.Length / Format.ByteRate);

    /// <summary>Parses WAV bytes; throws <see cref="FormatException"/> saying what is wrong.</summary>
    public static WavAudio Parse(ReadOnlySpan<byte> wav)
    {
        if (wav.Length < 12 || !wav[..4].SequenceEqual("RIFF"u8) || !wav.Slice(8, 4).SequenceEqual("WAVE"u8))
        {
            throw new FormatException("not a RIFF/WAVE file");
        }

        WavFormat? format = null;
        var offset = 12;
        while (offset + 8 <= wav.Length)
        {
            var id = Encoding.ASCII.GetString(wav.Slice(offset, 4));
            var size = BinaryPrimitives.ReadUInt32LittleEndian(wav.Slice(offset + 4, 4));
            var body = offset + 8;
            // Streamed WAVs (espeak-ng to stdout) leave 0xFFFFFFFF sizes: the data runs to the end.
            var available = (int)Math.Min(size, (uint)(wav.Length - body));
            switch (id)
            {
                case "fmt ":
                    format = ParseFormat(wav.Slice(body, available));
                    break;
                case "data":
                    if (format is null)
                    {
                        throw new FormatException("data chunk before the fmt chunk");
                    }

                    var frames = available / format.BlockAlign * format.BlockAlign;
                    return new WavAudio(format, wav.Slice(body, frames).ToArray());
            }

            offset = body + available + (available & 1);
        }

        throw new FormatException(format is null ? "no fmt chunk" : "no data chunk");
    }

    public static WavAudio Load(string path)
    {
        try
        {
            return Parse(File.ReadAllBytes(path));
        }
        catch (FormatException e)
        {
            throw new FormatException($"{path}: {e.Message}", e);
        }
    }

    /// <summary>A canonical 44-byte-header WAV.</summary>
    public byte[] ToWavBytes()
    {
        var wav = new byte[HeaderSize + Pcm.Length];
        var span = wav.AsSpan();
        "RIFF"u8.CopyTo(span);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], (uint)(wav.Length - 8));
        "WAVE"u8.CopyTo(span[8..]);
        "fmt "u8.CopyTo(span[12..]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[16..], 16);
        BinaryPrimitives.WriteUInt16LittleEndian(span[20..], 1);
        BinaryPrimitives.WriteUInt16LittleEndian(span[22..], (ushort)Format.Channels);
        BinaryPrimitives.WriteUInt32LittleEndian(span[24..], (uint)Format.SampleRate);
        BinaryPrimitives.WriteUInt32LittleEndian(span[28..], (uint)Format.ByteRate);
        BinaryPrimitives.WriteUInt16LittleEndian(span[32..], (ushort)Format.BlockAlign);
        BinaryPrimitives.WriteUInt16LittleEndian(span[34..], (ushort)Format.BitsPerSample);
        "data"u8.CopyTo(span[36..]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[40..], (uint)Pcm.Length);
        Pcm.CopyTo(span[HeaderSize..]);
        return wav;
    }

    private static WavFormat ParseFormat(ReadOnlySpan<byte> fmt)
    {
        if (fmt.Length < 16)
        {
            throw new FormatException("fmt chunk shorter than 16 bytes");
        }

        var tag = BinaryPrimitives.ReadUInt16LittleEndian(fmt);
        var channels = BinaryPrimitives.ReadUInt16LittleEndian(fmt[2..]);
        var rate = BinaryPrimitives.ReadInt32LittleEndian(fmt[4..]);
        var bits = BinaryPrimitives.ReadUInt16LittleEndian(fmt[14..]);
        // WAVE_FORMAT_EXTENSIBLE (0xFFFE) carries the real tag in its sub-format GUID.
        if (tag == 0xFFFE && fmt.Length >= 26)
        {
            tag = BinaryPrimitives.ReadUInt16LittleEndian(fmt[24..]);
        }

        if (tag != 1)
        {
            throw new FormatException($"audio format {tag} is not integer PCM (1); convert with: sox in.wav -b 16 -e signed-integer out.wav");
        }

        if (channels == 0 || rate <= 0 || bits is not (8 or 16 or 24 or 32))
        {
            throw new FormatException($"unsupported PCM layout: {channels} channels, {rate} Hz, {bits} bits");
        }

        return new WavFormat(rate, channels, bits);
    }
}
