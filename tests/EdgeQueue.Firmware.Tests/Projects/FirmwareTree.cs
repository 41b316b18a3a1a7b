namespace EdgeQueue.Firmware.Tests.Projects;

/// <summary>The repository's <c>firmware/</c> folder, found above the test output.</summary>
public static class FirmwareTree
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "firmware", "EdgeQueue.Firmware.Core")))
            {
                dir = dir.Parent;
            }

            return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("firmware/ not found above the test output"), "firmware");
        }
    }

    /// <summary>Every nanoFramework project's packages.config (the core and each board app).</summary>
    public static IEnumerable<string> PackagesConfigs() =>
        Directory.EnumerateDirectories(Root, "EdgeQueue.Firmware.*")
            .Where(dir => Directory.EnumerateFiles(dir, "*.nfproj").Any())
            .Select(dir => Path.Combine(dir, "packages.config"))
            .Order(StringComparer.Ordinal);
}
