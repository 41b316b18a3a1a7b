using System.Globalization;

namespace EdgeQueue.Hardware.Audio;

/// <summary>
/// For a hub without a sound card (and for the simulator): each announcement becomes a WAV file
/// in a folder, in play order, named by time, sequence and ticket.
/// </summary>
public sealed class WavFileSpeaker : AnnouncementQueue
{
    private readonly string _folder;
    private readonly TimeProvider _time;
    private int _sequence;

    public WavFileSpeaker(string folder, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        _folder = Path.GetFullPath(folder);
        _time = time ?? TimeProvider.System;
        Directory.CreateDirectory(_folder);
    }

    public string Folder => _folder;

    /// <summary>Raised after each file is written, with its path.</summary>
    public event EventHandler<string>? Written;

    protected override async Task PlayOneAsync(Announcement announcement, CancellationToken cancellationToken)
    {
        var stamp = _time.GetUtcNow().ToString("yyyyMMdd-HHmmss-fff", CultureInfo.InvariantCulture);
        var sequence = Interlocked.Increment(ref _sequence);
        var path = Path.Combine(_folder, $"{stamp}-{sequence:D5}-{announcement.TicketNumber ?? "call"}.wav");
        await File.WriteAllBytesAsync(path, announcement.ToWavBytes(), cancellationToken);
        Written?.Invoke(this, path);
    }
}
