namespace EdgeQueue.Queue.Storage;

/// <summary>
/// Files only the hub's own user may read (0600). The queue file and its -wal and -shm hold the
/// day's tickets and the names of booked visitors: the database file is created with that mode before
/// SQLite opens it, and SQLite gives its -wal and -shm the mode of the database file; files an older
/// hub left readable by others are narrowed. A provisioned device's settings hold its plain MQTT
/// password (<see cref="WriteText"/>).
/// </summary>
public static class OwnerOnlyFiles
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

    /// <summary>
    /// Writes <paramref name="text"/> (UTF-8, no BOM) to a file that is never readable by others, not
    /// even for a moment: created 0600, and an existing file is narrowed before it is overwritten.
    /// </summary>
    public static void WriteText(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = Mode;
            if (File.Exists(path))
            {
                File.SetUnixFileMode(path, Mode);
            }
        }

        using var stream = new FileStream(path, options);
        var bytes = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
        stream.Write(bytes);
    }
}
