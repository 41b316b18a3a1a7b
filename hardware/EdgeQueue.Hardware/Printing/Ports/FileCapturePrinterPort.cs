namespace EdgeQueue.Hardware.Printing.Ports;

/// <summary>
/// Writes each job's bytes to a new file in a folder (one .escpos file per ticket), for the
/// simulator, demos and sites without a printer yet. Its status can be set to rehearse faults.
/// </summary>
public sealed class FileCapturePrinterPort : IPrinterPort
{
    private readonly OutputFolder _folder;

    public FileCapturePrinterPort(string folder, TimeProvider? time = null) => _folder = new OutputFolder(folder, time);

    public string Name => $"file:{_folder.Path}";

    /// <summary>What <see cref="QueryStatusAsync"/> answers; set PaperOut/offline to rehearse faults.</summary>
    public PrinterStatus SimulatedStatus { get; set; } = PrinterStatus.Ready;

    /// <summary>The file of the last job, or null before the first.</summary>
    public string? LastFile { get; private set; }

    public async Task WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken) =>
        LastFile = await _folder.WriteNextAsync(".escpos", data, cancellationToken);

    public Task<PrinterStatus> QueryStatusAsync(CancellationToken cancellationToken) => Task.FromResult(SimulatedStatus);
}
