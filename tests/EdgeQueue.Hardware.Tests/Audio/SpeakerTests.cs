using EdgeQueue.Hardware.Audio;
using EdgeQueue.Testing;

namespace EdgeQueue.Hardware.Tests.Audio;

[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class SpeakerTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);
    private static readonly AnnouncementComposer Composer = new(VoiceClipSet.LoadDefault());

    [Fact]
    public async Task PlayAsync_RealAplayOnNullDevice_Completes()
    {
        await using var speaker = new AplaySpeaker(new AplaySpeakerOptions { Device = "null" });

        await speaker.PlayAsync(Composer.ComposeCall("A017", 5)).WaitAsync(Wait);
    }

    [Fact]
    public async Task PlayAsync_UnknownAlsaDevice_FaultsWithAplaysMessage()
    {
        await using var speaker = new AplaySpeaker(new AplaySpeakerOptions { Device = "no-such-card" });

        var error = await Assert.ThrowsAsync<SpeakerException>(() => speaker.PlayAsync(Composer.ComposeCall("A017", 5)).WaitAsync(Wait));

        Assert.Contains("Unknown PCM no-such-card", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlayAsync_PlayerMissing_FaultsWithInstallHint()
    {
        await using var speaker = new AplaySpeaker(new AplaySpeakerOptions { Command = "/nonexistent/aplay" });

        var error = await Assert.ThrowsAsync<SpeakerException>(() => speaker.PlayAsync(Composer.ComposeCall("A017", 5)).WaitAsync(Wait));

        Assert.Contains("alsa-utils", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlayAsync_ThreeCallsAtOnce_PlayInOrderWithoutOverlapAndRepeat()
    {
        using var folder = new TempDirectory("eq-speaker");
        var player = RecordingPlayer(folder);
        await using var speaker = new AplaySpeaker(new AplaySpeakerOptions
        {
            Command = player,
            Repeat = 2,
            PauseBetweenRepeats = TimeSpan.Zero,
        });
        var calls = new[] { Composer.ComposeCall("A017", 5), Composer.ComposeCall("B002", 3), Composer.ComposeCall("A018", 1) };

        await Task.WhenAll(calls.Select(c => speaker.PlayAsync(c))).WaitAsync(Wait);

        var log = File.ReadAllLines(folder.File("log"));
        Assert.Equal(Enumerable.Range(1, 6).SelectMany(_ => new[] { "start", "end" }), log.Select(l => l.Split(' ')[0]));
        var played = Directory.GetFiles(folder.Path, "*.wav").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();
        Assert.Equal(6, played.Length);
        byte[][] expected = [.. calls.SelectMany(c => new[] { c.ToWavBytes(), c.ToWavBytes() })];
        Assert.Equal(expected, played);
    }

    [Fact]
    public async Task PlayAsync_RepeatWithPause_WaitsOnTheInjectedClock()
    {
        using var folder = new TempDirectory("eq-speaker");
        var pause = TimeSpan.FromSeconds(2);
        var clock = new TimerWatchingClock(new ManualTimeProvider(new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.Zero)), pause);
        await using var speaker = new AplaySpeaker(
            new AplaySpeakerOptions { Command = RecordingPlayer(folder), Repeat = 2, PauseBetweenRepeats = pause }, clock);

        var playing = speaker.PlayAsync(Composer.ComposeCall("A017", 5));
        await clock.TimerCreated.WaitAsync(Wait);

        Assert.False(playing.IsCompleted);
        Assert.Single(Directory.GetFiles(folder.Path, "*.wav"));
        clock.Inner.Advance(pause);
        await playing.WaitAsync(Wait);
        Assert.Equal(2, Directory.GetFiles(folder.Path, "*.wav").Length);
    }

    [Fact]
    public async Task PlayAsync_PlayerHangs_IsStoppedAtThePlaybackTimeout()
    {
        using var folder = new TempDirectory("eq-speaker");
        var hanging = folder.File("hang.sh");
        File.WriteAllText(hanging, "#!/bin/sh\ncat > /dev/null\nexec sleep 600\n");
        File.SetUnixFileMode(hanging, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var limit = TimeSpan.FromSeconds(30);
        var clock = new TimerWatchingClock(new ManualTimeProvider(new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.Zero)), limit);
        await using var speaker = new AplaySpeaker(new AplaySpeakerOptions { Command = hanging, PlaybackTimeout = limit }, clock);

        var stuck = speaker.PlayAsync(Composer.ComposeCall("A017", 5));
        await clock.TimerCreated.WaitAsync(Wait);
        clock.Inner.Advance(limit);

        var error = await Assert.ThrowsAsync<SpeakerException>(() => stuck.WaitAsync(Wait));
        Assert.Contains("did not finish within 30 s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlayAsync_WavFileSpeaker_WritesOneFilePerCallInOrder()
    {
        using var folder = new TempDirectory("eq-speaker");
        await using var speaker = new WavFileSpeaker(folder.Path);
        var a = Composer.ComposeCall("A017", 5);
        var b = Composer.ComposeCall("B205", 12);

        await Task.WhenAll(speaker.PlayAsync(a), speaker.PlayAsync(b)).WaitAsync(Wait);

        var files = Directory.GetFiles(folder.Path).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(2, files.Length);
        Assert.EndsWith("-00001-A017.wav", files[0], StringComparison.Ordinal);
        Assert.Equal(b.ToWavBytes(), await File.ReadAllBytesAsync(files[1]));
    }

    /// <summary>A stand-in for aplay that logs start/end and keeps what it was given, one file per playback.</summary>
    private static string RecordingPlayer(TempDirectory folder)
    {
        var script = folder.File("player.sh");
        File.WriteAllText(script,
            "#!/bin/sh\n" +
            $"dir='{folder.Path}'\n" +
            "echo \"start $$\" >> \"$dir/log\"\n" +
            "n=$(ls \"$dir\" | grep -c '\\.wav$')\n" +
            "cat > \"$dir/part.tmp\"\n" +
            "mv \"$dir/part.tmp\" \"$dir/$(printf '%03d' $((n + 1))).wav\"\n" +
            "echo \"end $$\" >> \"$dir/log\"\n");
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return script;
    }

    /// <summary>A manual clock that signals when a timer with a given due time is created (the pause).</summary>
    private sealed class TimerWatchingClock(ManualTimeProvider inner, TimeSpan watched) : TimeProvider
    {
        private readonly TaskCompletionSource _created = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ManualTimeProvider Inner => inner;

        public Task TimerCreated => _created.Task;

        public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

        public override long GetTimestamp() => inner.GetTimestamp();

        public override long TimestampFrequency => inner.TimestampFrequency;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = inner.CreateTimer(callback, state, dueTime, period);
            if (dueTime == watched)
            {
                _created.TrySetResult();
            }

            return timer;
        }
    }
}
