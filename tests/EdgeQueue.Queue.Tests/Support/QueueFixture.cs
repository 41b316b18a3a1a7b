using EdgeQueue.Queue.Configuration;
using EdgeQueue.Queue.Storage;
using EdgeQueue.Testing;

namespace EdgeQueue.Queue.Tests.Support;

/// <summary>A real SQLite file in a temporary folder (or one given), a manual clock in Warsaw, and SiteQueues opened on them.</summary>
public sealed class QueueFixture : IDisposable
{
    private readonly TempDirectory? _folder;
    private readonly List<SiteQueue> _opened = [];

    public QueueFixture(SiteConfiguration? configuration = null, DateTimeOffset? start = null, string? folder = null)
    {
        _folder = folder is null ? new TempDirectory("eq-queue") : null;
        Folder = folder ?? _folder!.Path;
        Configuration = configuration ?? TestSite.Configuration();
        Clock = new ManualTimeProvider(start ?? TestSite.MondayNine, TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw"));
    }

    public SiteConfiguration Configuration { get; }

    public ManualTimeProvider Clock { get; }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "queue.db");

    public SiteQueue Open(SiteQueueOptions? options = null)
    {
        var queue = SiteQueue.Open(DatabasePath, Configuration, Clock, options);
        _opened.Add(queue);
        return queue;
    }

    /// <summary>Closes <paramref name="queue"/> and opens the same file again (a restart).</summary>
    public SiteQueue Reopen(SiteQueue queue, SiteQueueOptions? options = null)
    {
        queue.Dispose();
        return Open(options);
    }

    public void Dispose()
    {
        foreach (var queue in _opened)
        {
            queue.Dispose();
        }

        _folder?.Dispose();
    }
}
