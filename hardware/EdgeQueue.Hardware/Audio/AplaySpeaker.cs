using System.ComponentModel;
using System.Diagnostics;

namespace EdgeQueue.Hardware.Audio;

/// <summary>
/// Plays announcements through ALSA's <c>aplay</c> (Debian alsa-utils), one at a time, each
/// repeated as configured. The WAV goes to aplay's standard input, so nothing is written to disk.
/// </summary>
public sealed class AplaySpeaker : AnnouncementQueue
{
    private readonly AplaySpeakerOptions _options;
    private readonly TimeProvider _time;

    public AplaySpeaker(AplaySpeakerOptions? options = null, TimeProvider? time = null)
    {
        _options = options ?? new AplaySpeakerOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.Repeat, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(_options.Repeat, 5);
        _time = time ?? TimeProvider.System;
    }

    protected override async Task PlayOneAsync(Announcement announcement, CancellationToken cancellationToken)
    {
        var wav = announcement.ToWavBytes();
        for (var i = 0; i < _options.Repeat; i++)
        {
            if (i > 0)
            {
                await Task.Delay(_options.PauseBetweenRepeats, _time, cancellationToken);
            }

            await PlayWavAsync(wav, cancellationToken);
        }
    }

    private async Task PlayWavAsync(byte[] wav, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(_options.Command)
        {
            RedirectStandardInput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-q");
        if (_options.Device is { } device)
        {
            start.ArgumentList.Add("-D");
            start.ArgumentList.Add(device);
        }

        start.ArgumentList.Add("-t");
        start.ArgumentList.Add("wav");
        start.ArgumentList.Add("-");

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new SpeakerException($"Cannot start {_options.Command}.");
        }
        catch (Win32Exception e)
        {
            throw new SpeakerException($"Cannot start '{_options.Command}': {e.Message}. Install alsa-utils or use the WAV file speaker.", e);
        }

        using (process)
        {
            using var deadline = new Deadline(_options.PlaybackTimeout, _time, cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
            try
            {
                await process.StandardInput.BaseStream.WriteAsync(wav, deadline.Token);
                process.StandardInput.Close();
                await process.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                Stop(process);
                if (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }

                throw new SpeakerException($"{_options.Command} did not finish within {_options.PlaybackTimeout.TotalSeconds:0} s; stopped.");
            }
            catch (IOException e)
            {
                // The player quit before reading everything: its exit code and stderr say why.
                await process.WaitForExitAsync(CancellationToken.None);
                throw new SpeakerException($"{_options.Command} stopped reading the announcement (exit {process.ExitCode}): {(await errors).Trim()}", e);
            }

            if (process.ExitCode != 0)
            {
                throw new SpeakerException($"{_options.Command} failed with exit code {process.ExitCode}: {(await errors).Trim()}");
            }
        }
    }

    private static void Stop(Process process)
    {
        try
        {
            process.Kill();
        }
        catch (InvalidOperationException)
        {
            // It has just exited by itself.
        }
    }
}
