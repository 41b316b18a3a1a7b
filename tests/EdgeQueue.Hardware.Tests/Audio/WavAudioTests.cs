using System.Text;
using EdgeQueue.Hardware.Audio;

namespace EdgeQueue.Hardware.Tests.Audio;

public sealed class WavAudioTests
{
    [Fact]
    public void ToWavBytes_ThenParse_RoundTripsFormatAndSamples()
    {
        var audio = new WavAudio(WavFormat.Speech16k, [1, 0, 2, 0, 0xFF, 0x7F]);

        var back = WavAudio.Parse(audio.ToWavBytes());

        Assert.Equal(audio.Format, back.Format);
        Assert.Equal(audio.Pcm, back.Pcm);
        Assert.Equal(44 + 6, audio.ToWavBytes().Length);
    }

    [Fact]
    public void Parse_ExtraChunksBeforeData_AreSkipped()
    {
        var canonical = new WavAudio(WavFormat.Speech16k, [5, 0, 6, 0]).ToWavBytes();
        byte[] list = [.. "LIST"u8, 3, 0, 0, 0, 1, 2, 3, 0];
        byte[] wav = [.. canonical[..36], .. list, .. canonical[36..]];

        Assert.Equal(new byte[] { 5, 0, 6, 0 }, WavAudio.Parse(wav).Pcm);
    }

    [Fact]
    public void Parse_FloatWav_IsRefusedWithAConversionHint()
    {
        var wav = new WavAudio(WavFormat.Speech16k, [0, 0]).ToWavBytes();
        wav[20] = 3;

        var error = Assert.Throws<FormatException>(() => WavAudio.Parse(wav));

        Assert.Contains("not integer PCM", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Text_IsRefused() =>
        Assert.Throws<FormatException>(() => WavAudio.Parse(Encoding.ASCII.GetBytes("hello, this is not RIFF")));

    [Fact]
    public void Constructor_PartialSampleFrame_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new WavAudio(WavFormat.Speech16k, [1, 2, 3]));
}
