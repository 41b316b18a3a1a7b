using System.Diagnostics;
using System.Globalization;

namespace EdgeQueue.Testing;

/// <summary>
/// A small tmpfs of its own (a real file system that really fills up or turns read-only), mounted
/// by a test that runs as root and unmounted on dispose. <see cref="TryMount"/> says why not when
/// the machine does not allow it (not root, no mount permission in a container), so the test can
/// fall back to another seam and say which ran. EQ_NO_TMPFS=1 makes it decline, to run the fallbacks.
/// </summary>
public sealed class TmpfsMount : IDisposable
{
    private const string FillerName = "filler.bin";

    private readonly TempDirectory _folder;

    private TmpfsMount(TempDirectory folder, long sizeBytes)
    {
        _folder = folder;
        SizeBytes = sizeBytes;
    }

    /// <summary>The mount point.</summary>
    public string Path => _folder.Path;

    public long SizeBytes { get; }

    /// <summary>Bytes still free on the file system.</summary>
    public long FreeBytes => new DriveInfo(Path).AvailableFreeSpace;

    public static TmpfsMount? TryMount(long sizeBytes, out string whyNot)
    {
        if (Environment.GetEnvironmentVariable("EQ_NO_TMPFS") is not null)
        {
            whyNot = "EQ_NO_TMPFS is set";
            return null;
        }

        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            whyNot = $"mounting a tmpfs needs root on Linux (running as {Environment.UserName})";
            return null;
        }

        var folder = new TempDirectory("tmpfs");
        var (code, output) = Run("mount", "-t", "tmpfs", "-o", string.Create(CultureInfo.InvariantCulture, $"size={sizeBytes},mode=0755"), "tmpfs", folder.Path);
        if (code != 0)
        {
            folder.Dispose();
            whyNot = $"mount -t tmpfs failed ({code}): {output.Trim()}";
            return null;
        }

        whyNot = string.Empty;
        return new TmpfsMount(folder, sizeBytes);
    }

    /// <summary>Fills the file system with one file until at most <paramref name="leaveFree"/> bytes remain (0: full).</summary>
    public void Fill(long leaveFree = 0)
    {
        var block = new byte[4096];
        using var filler = new FileStream(System.IO.Path.Combine(Path, FillerName), FileMode.Append, FileAccess.Write, FileShare.None, 4096);
        try
        {
            while (FreeBytes > leaveFree)
            {
                filler.Write(block, 0, (int)Math.Min(block.Length, Math.Max(1, FreeBytes - leaveFree)));
                filler.Flush();
            }
        }
        catch (IOException)
        {
            // No space left: full, as asked.
        }
    }

    /// <summary>Frees what <see cref="Fill"/> took.</summary>
    public void Free() => File.Delete(System.IO.Path.Combine(Path, FillerName));

    /// <summary>From now on nothing on it can be written (files stay readable).</summary>
    public void RemountReadOnly()
    {
        var (code, output) = Run("mount", "-o", "remount,ro", Path);
        if (code != 0)
        {
            throw new InvalidOperationException($"remount read-only of {Path} failed ({code}): {output.Trim()}");
        }
    }

    public void Dispose()
    {
        // Lazy: a file a test left open (a hub that failed to stop) must not keep the mount for ever.
        Run("umount", "-l", Path);
        _folder.Dispose();
    }

    private static (int Code, string Output) Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }
}
