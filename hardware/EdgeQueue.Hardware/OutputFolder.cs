using System.Globalization;

namespace EdgeQueue.Hardware;

/// <summary>
/// A folder that receives one file per job (captured tickets, announcement WAVs), named by time and
/// a sequence number so that name order is play/print order, and written whole (CreateNew, then
/// complete) so a reader never sees another job's bytes.
/// </summary>
internal sealed class OutputFolder
{
    private readonly TimeProvider _time;
    private int _sequence;

    public OutputFolder(string folder, TimeProvider? time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Path = System.IO.Path.GetFullPath(folder);
        _time = time ?? TimeProvider.System;
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes the next file, e.g. 20261121-081500-123-00001-A017.wav; returns its path.</summary>
    /// <remarks>
    /// Written on the caller's thread: a job is a few kilobytes (a WAV some hundreds) into the page
    /// cache, which costs less than the thread-pool hops of an asynchronous file, and a ticket's
    /// reply waits for it.
    /// </remarks>
    public Task<string> WriteNextAsync(string suffix, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var stamp = _time.GetUtcNow().ToString("yyyyMMdd-HHmmss-fff", CultureInfo.InvariantCulture);
        var sequence = Interlocked.Increment(ref _sequence);
        var path = System.IO.Path.Combine(Path, string.Create(CultureInfo.InvariantCulture, $"{stamp}-{sequence:D5}{suffix}"));
        using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read, bufferSize: 0))
        {
            file.Write(data.Span);
        }

        return Task.FromResult(path);
    }
}
