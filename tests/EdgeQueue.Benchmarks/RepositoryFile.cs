using System.Runtime.CompilerServices;

namespace EdgeQueue.Benchmarks;

/// <summary>Files of the repository the benchmarks use at run time (scripts for peers); benchmarks run from the repository.</summary>
internal static class RepositoryFile
{
    /// <summary>The absolute path of <paramref name="relativePath"/> (e.g. "tests/EdgeQueue.Benchmarks/Mqtt/paho_bench.py").</summary>
    public static string Find(string relativePath, [CallerFilePath] string sourceFile = "")
    {
        // From the build output upwards, then from this source file's folder upwards (a moved output).
        foreach (var origin in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile) ?? "." })
        {
            for (var folder = new DirectoryInfo(origin); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, relativePath);
                if (File.Exists(candidate) || Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new FileNotFoundException($"{relativePath} not found above {AppContext.BaseDirectory}; run the benchmarks from the repository");
    }
}
