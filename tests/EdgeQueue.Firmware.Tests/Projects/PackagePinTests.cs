namespace EdgeQueue.Firmware.Tests.Projects;

/// <summary>
/// Issue 15 item 1: the pinned nanoFramework packages must build together, every package's declared
/// dependency ranges met by the other pins (the nanoFramework toolchain, which would say so with
/// CS1705, is not reachable here).
/// </summary>
public sealed class PackagePinTests
{
    private static PinnedPackages Recorded => new(File.ReadAllText(
        Path.Combine(AppContext.BaseDirectory, "nanoframework", "package-dependencies.json")));

    public static TheoryData<string> Configs => [.. FirmwareTree.PackagesConfigs().Select(p => Path.GetFileName(Path.GetDirectoryName(p)!))];

    [Theory]
    [MemberData(nameof(Configs))]
    public void Check_EachProjectsPins_MeetEveryPinnedPackagesDependencyRanges(string project)
    {
        var pins = PinnedPackages.ReadPackagesConfig(File.ReadAllText(Path.Combine(FirmwareTree.Root, project, "packages.config")));

        var problems = Recorded.Check(pins);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void PackagesConfig_AllProjects_PinOneVersionOfEachPackage()
    {
        var versions = FirmwareTree.PackagesConfigs()
            .SelectMany(path => PinnedPackages.ReadPackagesConfig(File.ReadAllText(path)))
            .GroupBy(p => p.Key, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Select(p => p.Value).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(p => p.Value).Distinct(StringComparer.Ordinal))}");

        Assert.Empty(versions);
    }

    [Fact]
    public void Check_ThePinsBeforeIssue15_NamesEachUnmetRange()
    {
        // What both apps pinned before: M2Mqtt 5.1.220 and the device libraries ask for newer ones.
        var before = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["nanoFramework.CoreLibrary"] = "1.17.11",
            ["nanoFramework.Runtime.Events"] = "1.11.39",
            ["nanoFramework.Runtime.Native"] = "1.7.11",
            ["nanoFramework.System.Collections"] = "1.5.75",
            ["nanoFramework.System.Device.Gpio"] = "1.1.62",
            ["nanoFramework.System.Net"] = "1.11.60",
            ["nanoFramework.System.Text"] = "1.3.42",
            ["nanoFramework.System.Threading"] = "1.1.52",
            ["nanoFramework.System.IO.Streams"] = "1.1.96",
            ["nanoFramework.M2Mqtt"] = "5.1.220",
        };
        Assert.Empty(Recorded.Check(before));

        before["nanoFramework.System.Net"] = "1.11.54";
        before["nanoFramework.System.Collections"] = "1.5.67";
        before.Remove("nanoFramework.System.Threading");

        var problems = Recorded.Check(before);

        Assert.Contains("nanoFramework.M2Mqtt 5.1.220 needs nanoFramework.System.Net 1.11.60, pinned 1.11.54", problems);
        Assert.Contains("nanoFramework.M2Mqtt 5.1.220 needs nanoFramework.System.Collections 1.5.75, pinned 1.5.67", problems);
        Assert.Contains("nanoFramework.System.Net 1.11.54: its dependency ranges are not recorded in package-dependencies.json", problems);
    }

    [Fact]
    public void Check_RuntimeEventsBelowWhatGpioAsks_IsReported()
    {
        var pins = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["nanoFramework.CoreLibrary"] = "1.17.11",
            ["nanoFramework.Runtime.Events"] = "1.11.39",
            ["nanoFramework.System.Device.Gpio"] = "1.1.62",
            ["nanoFramework.Hardware.Esp32"] = "1.6.42",
        };
        var recorded = new PinnedPackages("""
            { "packages": [
              { "id": "nanoFramework.CoreLibrary", "version": "1.17.11", "dependencies": {} },
              { "id": "nanoFramework.Runtime.Events", "version": "1.11.39", "dependencies": { "nanoFramework.CoreLibrary": "[1.17.11]" } },
              { "id": "nanoFramework.System.Device.Gpio", "version": "1.1.62", "dependencies": { "nanoFramework.Runtime.Events": "[1.11.40,2.0)" } },
              { "id": "nanoFramework.Hardware.Esp32", "version": "1.6.42", "dependencies": { "nanoFramework.Threading": "1.1.52" } }
            ] }
            """);

        Assert.Equal(
            [
                "nanoFramework.System.Device.Gpio 1.1.62 needs nanoFramework.Runtime.Events [1.11.40,2.0), pinned 1.11.39",
                "nanoFramework.Hardware.Esp32 1.6.42 needs nanoFramework.Threading 1.1.52, which is not pinned",
            ],
            recorded.Check(pins));
    }

    [Theory]
    [InlineData("1.11.37", "1.11.37", true)]
    [InlineData("1.11.37", "1.11.60", true)]
    [InlineData("1.11.37", "1.11.32", false)]
    [InlineData("[1.11.37]", "1.11.38", false)]
    [InlineData("[1.0,2.0)", "2.0", false)]
    [InlineData("[1.0,2.0)", "1.9.9", true)]
    [InlineData("(1.0,]", "1.0", false)]
    [InlineData("(,1.5]", "1.5", true)]
    public void Contains_Range_FollowsNuGetNotation(string range, string version, bool expected) =>
        Assert.Equal(expected, NuGetVersionRange.Parse(range).Contains(Version.Parse(version)));

    [Theory]
    [InlineData("")]
    [InlineData("[1.0,2.0")]
    [InlineData("(1.0)")]
    public void Parse_MalformedRange_Throws(string range) =>
        Assert.Throws<FormatException>(() => NuGetVersionRange.Parse(range));
}
