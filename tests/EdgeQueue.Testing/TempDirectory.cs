namespace EdgeQueue.Testing;

/// <summary>A fresh folder under the system temp folder (or <c>under</c> another), removed on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory(string? prefix = null, string? under = null)
    {
        Path = System.IO.Path.Combine(under ?? System.IO.Path.GetTempPath(),
            $"{prefix ?? "eq"}-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A server we started may still be closing a file; the OS cleans temp later.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
