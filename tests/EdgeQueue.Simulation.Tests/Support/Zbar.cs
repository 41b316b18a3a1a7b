using System.Diagnostics;

namespace EdgeQueue.Simulation.Tests.Support;

/// <summary>Reads the barcodes in a picture with zbarimg (Debian's zbar-tools), as a phone would.</summary>
internal static class Zbar
{
    public static async Task<string> ScanAsync(string path)
    {
        var start = new ProcessStartInfo("zbarimg") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--quiet", "--raw", path })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"zbarimg exited {process.ExitCode}: {error}");
        return output.TrimEnd('\n');
    }
}
