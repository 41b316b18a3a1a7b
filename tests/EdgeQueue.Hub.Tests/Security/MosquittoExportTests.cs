using EdgeQueue.Hub.Security;
using EdgeQueue.Hub.Tests.Support;
using EdgeQueue.Security;
using EdgeQueue.Testing;

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

    [Fact]
    public void ConfigFragment_Listener_UsesUserNamesAsClientIds()
    {
        var lines = MosquittoExport.ConfigFragment("/etc/mosquitto/edgequeue", 1883).Split('\n');

        Assert.Equal("listener 1883", lines[1]);
        Assert.Contains("use_username_as_clientid true", lines);
        Assert.Contains("allow_anonymous false", lines);
    }

    [Fact]
    public void ConfigFragment_Limits_HallBurstsQueuedAndHugePacketsRefused()
    {
        var lines = MosquittoExport.ConfigFragment("/etc/mosquitto/edgequeue", 1883).Split('\n');

        Assert.Contains("max_queued_messages 10000", lines);
        Assert.Contains("max_packet_size 1048576", lines);
    }

    /// <summary>
    /// Issue 13 item 3 on a real Mosquitto 2.0 configured only by the exported files: disp-02 logging
    /// in with client id disp-01 (persistent session) neither kicks disp-01 off nor reads its reply.
    /// </summary>
    [Fact]
    public async Task ConfigFragment_RealMosquitto_ForeignClientIdNeitherKicksTheOwnerNorReadsItsReply()
    {
        var site = TestSite.Create();
        using var folder = new TempDirectory("mosquitto-export");
        await File.WriteAllTextAsync(folder.File(MosquittoExport.PasswordFileName),
            MosquittoExport.PasswordFile(site, PasswordHash.Create("hub-secret", 1000)));
        await File.WriteAllTextAsync(folder.File(MosquittoExport.AclFileName), MosquittoExport.AclFile(site));
        var port = FreePort.Next();
        await using var mosquitto = await MosquittoRunner.StartAsync(new MosquittoOptions
        {
            ExtraConfig = MosquittoExport.ConfigFragment(folder.Path, port, "127.0.0.1").Split('\n'),
        });
        var reply = site.Topics.DeviceReply(site.Devices[0].Id);
        await using var owner = await MqttNetPeer.ConnectAsync(port, "disp-01", "disp-01", TestSite.Password("disp-01"), cleanSession: false);
        await owner.SubscribeAsync(reply);
        await owner.SubscribeAsync(site.Topics.HallCalls);

        await using var intruder = await MqttNetPeer.ConnectAsync(port, "disp-01", "disp-02", TestSite.Password("disp-02"), cleanSession: false);
        await intruder.SubscribeAsync(reply);
        await intruder.SubscribeAsync(site.Topics.HallCalls);
        await using var hub = await MqttNetPeer.ConnectAsync(port, "hub", MosquittoExport.HubUser(site), "hub-secret");
        await hub.PublishAsync(reply, "{\"re\":\"disp-01.beef.1\",\"ok\":true}");
        await hub.PublishAsync(site.Topics.HallCalls, "marker");

        Assert.Equal((reply, "{\"re\":\"disp-01.beef.1\",\"ok\":true}"), await owner.NextAsync());
        Assert.Equal((site.Topics.HallCalls, "marker"), await owner.NextAsync());
        Assert.Equal((site.Topics.HallCalls, "marker"), await intruder.NextAsync());
        Assert.Equal(0, intruder.Waiting);
        Assert.True(owner.IsConnected);
        Assert.Contains("as disp-02", mosquitto.Log, StringComparison.Ordinal);
    }

    private static List<string> Block(string acl, string user) =>
        [.. acl.Split('\n').SkipWhile(l => l != $"user {user}").Skip(1).TakeWhile(l => l.Length > 0)];
}
