using EdgeQueue.Simulation.Printing;
using EdgeQueue.Testing;

namespace EdgeQueue.Hub.Tests.Support;

/// <summary>Reads the ESC/POS jobs a capture-folder printer wrote, oldest first, decoded.</summary>
internal static class PrintCaptures
{
    /// <summary>The reply comes after the print, so by then the files are normally there already.</summary>
    public static async Task<IReadOnlyList<EscPosDocument>> WaitForAsync(string folder, int count)
    {
        var files = await Eventually.UntilAsync(
            () => Directory.Exists(folder) ? Directory.GetFiles(folder, "*.escpos").Order(StringComparer.Ordinal).ToList() : [],
            found => found.Count >= count, $"{count} print job(s) in {folder}", TestDevice.Timeout);
        return [.. files.Select(f => EscPosDecoder.Decode(File.ReadAllBytes(f)))];
    }

    public static int Count(string folder) => Directory.Exists(folder) ? Directory.GetFiles(folder, "*.escpos").Length : 0;
}
