using System.Globalization;

namespace EdgeQueue.Hardware.Printing.Ports;

/// <summary>
/// Writes each job's bytes to a new file in a folder (one .escpos file per ticket), for the
/// simulator, demos and sites without a printer yet. Its status can be set to rehearse faults.
/// </summary>
public sealed class FileCapturePrinterPort : IPrinterPort
{
    private readonly string _folder;
    private readonly TimeProvider _time;
    private int _sequence;

    public FileCapturePrinterPort(string folder, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        _folder = Path.GetFullPath(folder);
        _time = time ?? TimeProvider.System;
        Directory.CreateDirectory(_folder);
    }

    public string Name => $"file:{_folder}";

    /// <summary>What <see cref="QueryStatusAsync"/> answers; set PaperOut/offline to rehearse faults.</summary>
    public PrinterStatus SimulatedStatus { get; set; } = PrinterStatus.Ready;

    /// <summary>The file of the last job, or null before the first.</summary>
    public string? LastFile { get; private set; }

    public async Task WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        var stamp = _time.GetUtcNow().ToString("yyyyMMdd-HHmmss-fff", CultureInfo.InvariantCulture);
        var sequence = Interlocked.Increment(ref _sequence);
        var path = Path.Combine(_folder, $"{stamp}-{sequence:D5}.escpos");
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read, 4096, useAsync: true))
        {
            await file.WriteAsync(data, cancellationToken);
        }

        LastFile = path;
    }

    public Task<PrinterStatus> QueryStatusAsync(CancellationToken cancellationToken) => Task.FromResult(SimulatedStatus);
}
