namespace EdgeQueue.Queue.Storage;

/// <summary>
/// The queue file and its -wal and -shm hold the day's tickets and the names of booked visitors:
/// only the hub's own user may read them (0600). The database file is created with that mode before
/// SQLite opens it, and SQLite gives its -wal and -shm the mode of the database file; files an older
/// hub left readable by others are narrowed.
/// </summary>
internal static class OwnerOnlyFiles
{
    public const UnixFileMode Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static void Prepare(string databasePath)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        if (!File.Exists(databasePath))
        {
            try
            {
                // An empty file is an empty SQLite database.
                using var created = new FileStream(databasePath, new FileStreamOptions
                {
                    Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = Mode,
                });
            }
            catch (IOException) when (File.Exists(databasePath))
            {
                // Created by someone else in between: narrowed below like any existing file.
            }
        }

        foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
        {
            if (File.Exists(file) && File.GetUnixFileMode(file) != Mode)
            {
                File.SetUnixFileMode(file, Mode);
            }
        }
    }
}
