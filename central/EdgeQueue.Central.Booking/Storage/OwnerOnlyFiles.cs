namespace EdgeQueue.Central.Booking.Storage;

/// <summary>
/// Every file central writes holds personal data or a secret (visits, the sync log, keys, e-mails, the
/// first administrator's password), so files are created 0600 and folders 0700: only the service's
/// own user reads them, whatever the umask. On Windows the data folder's ACL decides instead.
/// </summary>
public static class OwnerOnlyFiles
{
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>Creates the folder (and missing parents) 0700; a folder that exists keeps its mode.</summary>
    public static DirectoryInfo CreateFolder(string path) =>
        OperatingSystem.IsWindows() ? Directory.CreateDirectory(path) : Directory.CreateDirectory(path, FolderMode);

    /// <summary>Options for writing a file that, when created, is 0600 from its first byte.</summary>
    public static FileStreamOptions ForWriting(FileMode mode)
    {
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = FileMode;
        }

        return options;
    }

    /// <summary>
    /// Creates an empty 0600 file unless one exists. Called before SQLite opens a database: it would
    /// create the file 0644, and it gives the -wal and -shm files the mode of the database file.
    /// </summary>
    public static void CreateEmptyFile(string path)
    {
        try
        {
            using var created = new FileStream(path, ForWriting(System.IO.FileMode.CreateNew));
        }
        catch (IOException) when (File.Exists(path))
        {
            // Created earlier (or a moment ago by another instance): its mode stays as it is.
        }
    }

    /// <summary>Makes a file a library wrote (and that no one else can reach yet) 0600.</summary>
    public static void Restrict(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, FileMode);
        }
    }
}
