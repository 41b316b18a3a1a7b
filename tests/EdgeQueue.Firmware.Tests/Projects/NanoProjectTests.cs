using System.Xml.Linq;

namespace EdgeQueue.Firmware.Tests.Projects;

/// <summary>
/// The nanoFramework projects cannot be built here, so these check what can be checked without the
/// toolchain: each .nfproj compiles exactly the source files on disk (the host build globs them, the
/// device build lists them: a file added to one must reach the other), and the packages it references
/// are the ones its packages.config pins, at the versions api-1x.txt was derived from.
/// </summary>
public sealed class NanoProjectTests
{
    private static readonly XNamespace Msbuild = "http://schemas.microsoft.com/developer/msbuild/2003";

    private static string Firmware => FirmwareTree.Root;

    public static TheoryData<string, string[]> Projects => new()
    {
        { "EdgeQueue.Firmware.Core", ["EdgeQueue.Firmware.Core"] },
        { "EdgeQueue.Firmware.Dispenser", ["EdgeQueue.Firmware.Dispenser", "EdgeQueue.Firmware.Board"] },
        { "EdgeQueue.Firmware.Keypad", ["EdgeQueue.Firmware.Keypad", "EdgeQueue.Firmware.Board"] },
        { "EdgeQueue.Firmware.CounterDisplay", ["EdgeQueue.Firmware.CounterDisplay", "EdgeQueue.Firmware.Board"] },
    };

    [Theory]
    [MemberData(nameof(Projects))]
    public void Nfproj_CompileItems_AreExactlyTheSourceFilesOnDisk(string project, string[] sourceFolders)
    {
        var projectDir = Path.Combine(Firmware, project);
        var nfproj = XDocument.Load(Path.Combine(projectDir, project + ".nfproj"));

        var listed = nfproj.Descendants(Msbuild + "Compile")
            .Select(c => Path.GetFullPath(Path.Combine(projectDir, c.Attribute("Include")!.Value.Replace('\\', Path.DirectorySeparatorChar))))
            .Order(StringComparer.Ordinal)
            .ToList();
        var onDisk = sourceFolders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Firmware, folder), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(Path.GetFullPath)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(onDisk, listed);
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void Nfproj_References_ComeFromThePackagesConfigVersions(string project, string[] sourceFolders)
    {
        _ = sourceFolders;
        var projectDir = Path.Combine(Firmware, project);
        var packages = XDocument.Load(Path.Combine(projectDir, "packages.config")).Descendants("package")
            .ToDictionary(p => p.Attribute("id")!.Value, p => p.Attribute("version")!.Value, StringComparer.Ordinal);
        var hintPaths = XDocument.Load(Path.Combine(projectDir, project + ".nfproj")).Descendants(Msbuild + "HintPath")
            .Select(h => h.Value.Split('\\')[2])
            .ToList();

        Assert.NotEmpty(hintPaths);
        Assert.All(hintPaths, folder => Assert.Contains(folder, packages.Select(p => p.Key + "." + p.Value)));
        Assert.All(packages, p => Assert.Contains(p.Key + "." + p.Value, hintPaths));
        Assert.Equal("1.17.11", packages["nanoFramework.CoreLibrary"]);
    }

    [Fact]
    public void PackagesConfig_BoardApps_PinTheVersionsTheApiListDescribes()
    {
        var header = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "nanoframework", "api-1x.txt")).First();
        foreach (var app in new[] { "EdgeQueue.Firmware.Dispenser", "EdgeQueue.Firmware.Keypad", "EdgeQueue.Firmware.CounterDisplay" })
        {
            var packages = XDocument.Load(Path.Combine(Firmware, app, "packages.config")).Descendants("package")
                .ToDictionary(p => p.Attribute("id")!.Value, p => p.Attribute("version")!.Value, StringComparer.Ordinal);

            Assert.Contains("mscorlib " + packages["nanoFramework.CoreLibrary"], header, StringComparison.Ordinal);
            Assert.Contains("System.Device.Gpio " + packages["nanoFramework.System.Device.Gpio"], header, StringComparison.Ordinal);
            Assert.Contains("nanoFramework.M2Mqtt " + packages["nanoFramework.M2Mqtt"], header, StringComparison.Ordinal);
            Assert.Contains("System.Device.Wifi " + packages["nanoFramework.System.Device.Wifi"], header, StringComparison.Ordinal);
            Assert.Contains("System.IO.FileSystem " + packages["nanoFramework.System.IO.FileSystem"], header, StringComparison.Ordinal);
            Assert.Contains("nanoFramework.Hardware.Esp32 " + packages["nanoFramework.Hardware.Esp32"], header, StringComparison.Ordinal);
        }
    }
}
