using EdgeQueue.Hardware.Audio;

namespace EdgeQueue.Hardware.Tests.Audio;

public sealed class AnnouncementComposerTests
{
    private static readonly VoiceClipSet Voice = VoiceClipSet.LoadDefault();

    [Fact]
    public void CallSequence_A017AtCounter5_ReadsLetterThenValueWithoutLeadingZeros()
    {
        Assert.Equal(
            ["gong", "numer", "letter-a", "n17", "pause", "zapraszamy", "n5"],
            AnnouncementComposer.CallSequence("A017", 5));
    }

    [Theory]
    [InlineData("B205", 12, new[] { "letter-b", "n200", "n5" }, new[] { "n12" })]
    [InlineData("c117", 101, new[] { "letter-c", "n100", "n17" }, new[] { "n100", "n1" })]
    [InlineData("W000", 3, new[] { "letter-w", "n0" }, new[] { "n3" })]
    [InlineData("PA040", 999, new[] { "letter-p", "letter-a", "n40" }, new[] { "n900", "n90", "n9" })]
    public void CallSequence_Ticket_ComposesLettersNumberAndCounter(string ticket, int counter, string[] number, string[] counterWords)
    {
        string[] expected = ["gong", "numer", .. number, "pause", "zapraszamy", .. counterWords];

        Assert.Equal(expected, AnnouncementComposer.CallSequence(ticket, counter));
    }

    [Theory]
    [InlineData("")]
    [InlineData("017")]
    [InlineData("A")]
    [InlineData("A0171")]
    [InlineData("Ł017")]
    [InlineData("A-17")]
    public void CallSequence_MalformedTicket_ThrowsClearError(string ticket)
    {
        var error = Assert.Throws<ArgumentException>(() => AnnouncementComposer.CallSequence(ticket, 5));

        Assert.Contains("cannot be announced", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1000)]
    public void CallSequence_CounterOutOfRange_Throws(int counter) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => AnnouncementComposer.CallSequence("A017", counter));

    [Fact]
    public void ComposeCall_A017_TextIsThePolishSentence()
    {
        var call = new AnnouncementComposer(Voice).ComposeCall("A017", 5);

        Assert.Equal("Numer A017, zapraszamy do stanowiska numer 5", call.Text);
        Assert.Equal("A017", call.TicketNumber);
    }

    [Theory]
    [InlineData("A017", 5)]
    [InlineData("B205", 12)]
    [InlineData("D999", 117)]
    public void ComposeCall_AssembledWav_ContainsExactlyTheExpectedClipSequence(string ticket, int counter)
    {
        var call = new AnnouncementComposer(Voice).ComposeCall(ticket, counter);
        var expected = AnnouncementComposer.CallSequence(ticket, counter);

        // Read the WAV back from its bytes and find each clip's samples where the previous one ended.
        var wav = WavAudio.Parse(call.ToWavBytes());
        Assert.Equal(WavFormat.Speech16k, wav.Format);
        var pcm = wav.Pcm.AsSpan();
        var cursor = 0;
        foreach (var name in expected)
        {
            var clip = Voice[name].Audio.Pcm;
            var found = pcm[cursor..].IndexOf(clip);
            Assert.True(found == 0, $"clip '{name}' expected at byte {cursor}, found at {(found < 0 ? "nowhere" : (cursor + found).ToString(System.Globalization.CultureInfo.InvariantCulture))}");
            cursor += clip.Length;
        }

        Assert.Equal(pcm.Length, cursor);
        Assert.Equal(expected, call.Clips);
    }

    [Fact]
    public void ComposeCall_DifferentTicket_DiffersOnlyInTheNumberClips()
    {
        var composer = new AnnouncementComposer(Voice);
        var a17 = composer.ComposeCall("A017", 5).Audio.Pcm;
        var a18 = composer.ComposeCall("A018", 5).Audio.Pcm;
        var head = Voice["gong"].Audio.Pcm.Length + Voice["numer"].Audio.Pcm.Length + Voice["letter-a"].Audio.Pcm.Length;

        Assert.True(a17.AsSpan(0, head).SequenceEqual(a18.AsSpan(0, head)));
        Assert.False(a17.AsSpan().SequenceEqual(a18));
        Assert.True(a18.AsSpan(head).StartsWith(Voice["n18"].Audio.Pcm));
    }

    [Fact]
    public void ComposeCall_Duration_IsTheSumOfItsClips()
    {
        var call = new AnnouncementComposer(Voice).ComposeCall("A017", 5);

        Assert.Equal(call.Clips.Sum(c => Voice[c].Audio.Pcm.Length), call.Audio.Pcm.Length);
        Assert.InRange(call.Audio.Duration, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(12));
    }

    [Fact]
    public void RecallSequence_A017AtCounter5_SaysPonownieAfterTheGongThenTheCall()
    {
        Assert.Equal(
            ["gong", "ponownie", "numer", "letter-a", "n17", "pause", "zapraszamy", "n5"],
            AnnouncementComposer.RecallSequence("A017", 5));
    }

    [Fact]
    public void ComposeRecall_DefaultVoice_PolishRecallSentenceFromItsClips()
    {
        var recall = new AnnouncementComposer(Voice).ComposeRecall("A017", 5);

        Assert.Equal("Ponownie numer A017, zapraszamy do stanowiska numer 5", recall.Text);
        Assert.Equal(AnnouncementComposer.RecallSequence("A017", 5), recall.Clips);
        Assert.Equal(new AnnouncementComposer(Voice).Join(recall.Clips).Pcm, recall.Audio.Pcm);
    }

    [Fact]
    public void ComposeRecall_VoiceRecordedWithoutThePonownieClip_AnnouncedAsTheFirstCall()
    {
        using var folder = VoiceFolders.CopyOfDefault();
        var manifest = folder.File(VoiceClipSet.ManifestFileName);
        File.WriteAllLines(manifest, File.ReadAllLines(manifest).Where(l => !l.StartsWith("ponownie\t", StringComparison.Ordinal)));
        var older = VoiceClipSet.Load(folder.Path);

        var recall = new AnnouncementComposer(older).ComposeRecall("A017", 5);

        Assert.False(older.Contains(VoiceClipSet.RecallClipName));
        Assert.Equal(AnnouncementComposer.CallSequence("A017", 5), recall.Clips);
        Assert.Equal("Numer A017, zapraszamy do stanowiska numer 5", recall.Text);
    }
}
