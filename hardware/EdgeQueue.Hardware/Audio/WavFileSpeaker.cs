namespace EdgeQueue.Hardware.Audio;

/// <summary>
/// For a hub without a sound card (and for the simulator): each announcement becomes a WAV file
/// in a folder, in play order, named by time, sequence and ticket.
/// </summary>
public sealed class WavFileSpeaker : AnnouncementQueue
{
    private readonly OutputFolder _folder;

    public WavFileSpeaker(string folder, TimeProvider? time = null) => _folder = new OutputFolder(folder, time);

    public string Folder => _folder.Path;

    /// <summary>Raised after each file is written, with its path.</summary>
    public event EventHandler<string>? Written;

    protected override async Task PlayOneAsync(Announcement announcement, CancellationToken cancellationToken)
    {
        var path = await _folder.WriteNextAsync($"-{announcement.TicketNumber ?? "call"}.wav", announcement.ToWavBytes(), cancellationToken);
        Written?.Invoke(this, path);
    }
}
