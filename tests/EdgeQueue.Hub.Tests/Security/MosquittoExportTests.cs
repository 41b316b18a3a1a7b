using EdgeQueue.Hub.Security;
using EdgeQueue.Hub.Tests.Support;

namespace EdgeQueue.Hub.Tests.Security;

public sealed class MosquittoExportTests
{
    [Fact]
    public void AclFile_Devices_OwnEventStateWriteOwnReplyConfigShowRead()
    {
        var acl = MosquittoExport.AclFile(TestSite.Create());

        var keypad = Block(acl, "keypad-01");
        Assert.Equal(
        [
            "topic write eq/v1/test-hall/device/keypad-01/event",
            "topic write eq/v1/test-hall/device/keypad-01/state",
            "topic read eq/v1/test-hall/device/keypad-01/reply",
            "topic read eq/v1/test-hall/device/keypad-01/config",
            "topic read eq/v1/test-hall/device/keypad-01/show",
            "topic read eq/v1/test-hall/hall/calls",
            "topic read eq/v1/test-hall/hub/state",
        ], keypad);
        Assert.DoesNotContain(acl.Split('\n'), l => l.Contains('+') || l.Contains("device/#", StringComparison.Ordinal));
        Assert.Equal(["topic readwrite eq/v1/test-hall/#"], Block(acl, "hub-test-hall"));
    }

    [Fact]
    public void PasswordFile_DeviceHashes_CopiedVerbatimWithHubUser()
    {
        var site = TestSite.Create();

        var lines = MosquittoExport.PasswordFile(site, "$7$1$c2FsdHNhbHQ=$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g=").TrimEnd().Split('\n');

        Assert.Equal(site.Devices.Count + 1, lines.Length);
        Assert.StartsWith("hub-test-hall:$7$", lines[0], StringComparison.Ordinal);
        Assert.Contains($"disp-01:{site.Devices[0].PasswordHash}", lines);
    }

    private static List<string> Block(string acl, string user) =>
        [.. acl.Split('\n').SkipWhile(l => l != $"user {user}").Skip(1).TakeWhile(l => l.Length > 0)];
}
