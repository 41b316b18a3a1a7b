namespace EdgeQueue.Hub.Hosting;

/// <summary>
/// The hub's data folder (queue store, print captures, announcements, central's configuration):
/// checked at start, so a read-only folder stops the start with its path instead of failing the
/// first press, and made private to the hub's user (0700), so nothing in it is readable by others
/// whatever mode a file inside gets.
/// </summary>
internal static class DataFolder
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const string ProbeName = ".write-check";

    /// <summary>Creates the folder if needed and proves it takes a new file; an <see cref="IOException"/> naming it if not.</summary>
    public static string Prepare(string folder)
    {
        var path = Path.GetFullPath(folder);
        try
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(path);
            }
            else
            {
                Directory.CreateDirectory(path, OwnerOnly);
            }

            // An empty file: it needs no free blocks, so a full disk still starts (and reports
            // storage: failing) while a read-only one does not.
            var probe = Path.Combine(path, ProbeName);
            using (File.Create(probe))
            {
            }

            File.Delete(probe);
            if (!OperatingSystem.IsWindows() && File.GetUnixFileMode(path) != OwnerOnly)
            {
                File.SetUnixFileMode(path, OwnerOnly);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException(
                $"the data folder {path} is not writable (a read-only file system, or no write permission for this user): {e.Message}", e);
        }

        return path;
    }
}
