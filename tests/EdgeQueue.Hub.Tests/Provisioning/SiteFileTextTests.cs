using System.Runtime.Versioning;
using System.Text;
using System.Text.Json.Nodes;
using EdgeQueue.Hub.Provisioning;
using EdgeQueue.Testing;

namespace EdgeQueue.Hub.Tests.Provisioning;

public sealed class SiteFileTextTests : IDisposable
{
    private readonly TempDirectory _folder = new("site-text");

    private string SitePath => _folder.File("site.json");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void WithDevices_NestedFile_OnlyTheArrayReplacedIndentedAtItsDepthTrailingCommaElsewhereKept()
    {
        var text = "{\n  /* hall */ \"site\": {\"id\": \"x\",},\n  \"devices\": [ {\"id\": \"disp-01\"} ], // devices\n  \"audio\": {\"output\": \"none\"}\n}\n";
        File.WriteAllText(SitePath, text);
        var file = SiteFileText.Read(SitePath);
        var devices = file.Devices();
        devices.Add((JsonNode)new JsonObject { ["id"] = "keypad-07", ["passwordHash"] = "$7$1$a+b/c$d" });

        var edited = file.WithDevices(devices);

        Assert.StartsWith("{\n  /* hall */ \"site\": {\"id\": \"x\",},\n  \"devices\": [\n    {\n      \"id\": \"disp-01\"\n    },\n", edited, StringComparison.Ordinal);
        Assert.Contains("\"passwordHash\": \"$7$1$a+b/c$d\"", edited, StringComparison.Ordinal); // no \u002B escape
        Assert.EndsWith("\n  ], // devices\n  \"audio\": {\"output\": \"none\"}\n}\n", edited, StringComparison.Ordinal);
    }

    [Fact]
    public void WithDevices_FileWithoutDevices_AddedToTheWholeFile()
    {
        File.WriteAllText(SitePath, "{\"site\": {\"id\": \"x\"}}");
        var file = SiteFileText.Read(SitePath);

        var edited = file.WithDevices([(JsonNode)new JsonObject { ["id"] = "disp-01" }]);

        Assert.Equal("disp-01", (string?)JsonNode.Parse(edited)!["devices"]![0]!["id"]);
        Assert.Equal("x", (string?)JsonNode.Parse(edited)!["site"]!["id"]);
    }

    [Fact]
    public void Save_FileWithByteOrderMark_MarkKeptAndNoTemporaryFileLeft()
    {
        File.WriteAllBytes(SitePath, [.. Encoding.UTF8.Preamble, .. "{\"devices\": []}"u8.ToArray()]);
        var file = SiteFileText.Read(SitePath);

        file.Save(file.WithDevices([(JsonNode)new JsonObject { ["id"] = "disp-01" }]));

        var bytes = File.ReadAllBytes(SitePath);
        Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble));
        Assert.Contains("disp-01", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(_folder.Path));
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void Save_SiteFileIsASymbolicLink_LinkKeptTargetReplaced()
    {
        var target = _folder.File("site-v1.json");
        File.WriteAllText(target, "{\"devices\": []}");
        File.CreateSymbolicLink(SitePath, target);
        var file = SiteFileText.Read(SitePath);

        file.Save(file.WithDevices([(JsonNode)new JsonObject { ["id"] = "disp-01" }]));

        Assert.NotNull(new FileInfo(SitePath).LinkTarget);
        Assert.Contains("disp-01", File.ReadAllText(target), StringComparison.Ordinal);
    }

    [Fact]
    public void Devices_NotJson_RefusedWithTheFileNamed()
    {
        File.WriteAllText(SitePath, "{\"devices\": [");

        var refused = Assert.Throws<ProvisioningException>(() => SiteFileText.Read(SitePath).Devices());

        Assert.StartsWith($"site file {SitePath} is not valid JSON", refused.Message, StringComparison.Ordinal);
    }
}
