using EdgeQueue.Hardware.Audio;
using EdgeQueue.Testing;

namespace EdgeQueue.Hardware.Tests.Audio;

public sealed class VoiceClipSetTests
{
    [Fact]
    public void LoadDefault_CommittedClips_AreCompleteIn16kMono16Bit()
    {
        var voice = VoiceClipSet.LoadDefault();

        Assert.Equal(WavFormat.Speech16k, voice.Format);
        Assert.Subset(voice.Names.ToHashSet(), VoiceClipSet.RequiredClipNames.ToHashSet());
        Assert.Equal("siedemnaście", voice["n17"].Text);
        Assert.Equal("zapraszamy do stanowiska numer", voice["zapraszamy"].Text);
    }

    [Fact]
    public void LoadDefault_SpeechClips_HaveLeadingSilenceTrimmed()
    {
        var voice = VoiceClipSet.LoadDefault();

        foreach (var name in voice.Names.Where(n => n is not ("pause" or "gong")))
        {
            var samples = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, short>(voice[name].Audio.Pcm);
            var firstSound = samples.IndexOfAnyExceptInRange((short)-200, (short)200);
            Assert.InRange(firstSound, 0, 16000 / 20);
        }
    }

    [Fact]
    public void Load_CopyOfDefault_LoadsLikeARecordedVoiceFolder()
    {
        using var folder = VoiceFolders.CopyOfDefault();

        var voice = VoiceClipSet.Load(folder.Path);

        Assert.Equal(VoiceClipSet.LoadDefault().Names.Count, voice.Names.Count);
    }

    [Fact]
    public void Load_MissingFileAndMissingLine_ReportsBothProblemsAtOnce()
    {
        using var folder = VoiceFolders.CopyOfDefault();
        File.Delete(folder.File("n17.wav"));
        var manifest = folder.File(VoiceClipSet.ManifestFileName);
        File.WriteAllLines(manifest, File.ReadAllLines(manifest).Where(l => !l.StartsWith("letter-q\t", StringComparison.Ordinal)));

        var error = Assert.Throws<VoiceClipSetException>(() => VoiceClipSet.Load(folder.Path));

        Assert.Contains("clip 'n17': file n17.wav is missing", error.Problems);
        Assert.Contains("clip 'letter-q' is not listed in manifest.tsv", error.Problems);
        Assert.Contains(folder.Path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_ClipInAnotherFormat_ReportsMismatchWithAFix()
    {
        using var folder = VoiceFolders.CopyOfDefault();
        await ExternalProgram.OutputOfAsync("sox", folder.File("n5.wav"), "-r", "22050", folder.File("n5-22k.wav"));
        File.Move(folder.File("n5-22k.wav"), folder.File("n5.wav"), overwrite: true);

        var error = Assert.Throws<VoiceClipSetException>(() => VoiceClipSet.Load(folder.Path));

        var problem = Assert.Single(error.Problems);
        Assert.StartsWith("clip 'n5': n5.wav is 22050 Hz, mono, 16-bit PCM, the other clips are 16000 Hz", problem, StringComparison.Ordinal);
        Assert.Contains("sox n5.wav -r 16000 -c 1 -b 16", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NotAWavAndBadManifestLine_AreReported()
    {
        using var folder = VoiceFolders.CopyOfDefault();
        File.WriteAllText(folder.File("gong.wav"), "this is not audio");
        File.AppendAllText(folder.File(VoiceClipSet.ManifestFileName), "broken line without tabs\n");

        var error = Assert.Throws<VoiceClipSetException>(() => VoiceClipSet.Load(folder.Path));

        Assert.Contains("clip 'gong': gong.wav is not a usable WAV: not a RIFF/WAVE file", error.Problems);
        Assert.Contains(error.Problems, p => p.Contains("expected name<TAB>file<TAB>text", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_FolderWithoutManifest_SaysWhereItLooked()
    {
        using var folder = new TempDirectory("eq-voice");

        var error = Assert.Throws<VoiceClipSetException>(() => VoiceClipSet.Load(folder.Path));

        Assert.Contains("manifest.tsv is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FileOutsideTheFolder_IsRefused()
    {
        using var folder = VoiceFolders.CopyOfDefault();
        var manifest = folder.File(VoiceClipSet.ManifestFileName);
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("numer\tnumer.wav", "numer\t../numer.wav", StringComparison.Ordinal));

        var error = Assert.Throws<VoiceClipSetException>(() => VoiceClipSet.Load(folder.Path));

        Assert.Contains("clip 'numer': file '../numer.wav' must be a plain file name inside the folder", error.Problems);
    }
}
