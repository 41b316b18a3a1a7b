using System.Threading.Channels;

namespace EdgeQueue.Hardware.Audio;

/// <summary>
/// Plays announcements one after another on a single background loop, so a Recall pressed while a
/// call is still playing waits its turn instead of talking over it.
/// </summary>
public abstract class AnnouncementQueue : ISpeaker, IAsyncDisposable
{
    private readonly Channel<Job> _jobs = Channel.CreateUnbounded<Job>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;

    protected AnnouncementQueue() => _loop = Task.Run(RunAsync);

    public Task PlayAsync(Announcement announcement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(announcement);
        var job = new Job(announcement, cancellationToken);
        if (!_jobs.Writer.TryWrite(job))
        {
            throw new ObjectDisposedException(GetType().Name, "The speaker has been shut down.");
        }

        return job.Done.Task;
    }

    public async ValueTask DisposeAsync()
    {
        _jobs.Writer.TryComplete();
        await _stopping.CancelAsync();
        await _loop;
        _stopping.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Plays one announcement to the end (all repeats).</summary>
    protected abstract Task PlayOneAsync(Announcement announcement, CancellationToken cancellationToken);

    private async Task RunAsync()
    {
        await foreach (var job in _jobs.Reader.ReadAllAsync())
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(job.CancellationToken, _stopping.Token);
            try
            {
                linked.Token.ThrowIfCancellationRequested();
                await PlayOneAsync(job.Announcement, linked.Token);
                job.Done.TrySetResult();
            }
            catch (OperationCanceledException e)
            {
                job.Done.TrySetCanceled(e.CancellationToken);
            }
            catch (Exception e) when (e is SpeakerException or IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
            {
                job.Done.TrySetException(e as SpeakerException ?? new SpeakerException(e.Message, e));
            }
        }
    }

    private sealed record Job(Announcement Announcement, CancellationToken CancellationToken)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
