using EdgeQueue.Simulation.Printing;

namespace EdgeQueue.Hub.Tests.Support;

/// <summary>Reads the ESC/POS jobs a capture-folder printer wrote, oldest first, decoded.</summary>
internal static class PrintCaptures
{
    public static async Task<IReadOnlyList<EscPosDocument>> WaitForAsync(string folder, int count)
    {
        using var deadline = new CancellationTokenSource(TestDevice.Timeout);
        while (true)
        {
            var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.escpos").Order(StringComparer.Ordinal).ToList() : [];
            if (files.Count >= count)
            {
                return [.. files.Select(f => EscPosDecoder.Decode(File.ReadAllBytes(f)))];
            }

            // The reply comes after the print, so by then the file is normally there already.
            await Task.Delay(20, deadline.Token);
        }
    }

    public static int Count(string folder) => Directory.Exists(folder) ? Directory.GetFiles(folder, "*.escpos").Length : 0;
}
