namespace EdgeQueue.Testing;

/// <summary>The checkout the tests run from (the folder holding EdgeQueue.sln), for scripts and data files kept in the repository.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(folder.FullName, "EdgeQueue.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no EdgeQueue.sln above {AppContext.BaseDirectory}; run the tests from the repository");
    }
}
