using EdgeQueue.Contracts.Messages.Sync;
using EdgeQueue.Hub.Central;
using EdgeQueue.Hub.Site;
using EdgeQueue.Sync.Tests.EndToEnd;
using EdgeQueue.Sync.Tests.Support;

namespace EdgeQueue.Sync.Tests.Hub;

/// <summary>The site file's <c>central</c> section and central's configuration laid over a site.</summary>
public sealed class CentralSiteFileTests
{
    [Fact]
    public void Parse_CentralSection_GivesLinkSettings()
    {
        var site = SiteFileLoader.Parse(SyncSite.Json("mqtts://central.example.pl").ToJsonString());

        Assert.NotNull(site.Central);
        Assert.Equal(8883, site.Central.Port);
        Assert.True(site.Central.UseTls);
        Assert.Equal("hub-poznan-libelta", site.Central.Username);
    }

    [Fact]
    public void Parse_NoCentralSection_HallRunsAlone()
    {
        var json = SyncSite.Json("mqtt://x");
        json.Remove("central");

        Assert.Null(SiteFileLoader.Parse(json.ToJsonString()).Central);
    }

    [Fact]
    public void Parse_BadCentralSection_NamesEveryField()
    {
        var json = SyncSite.Json("http://central");
        json["central"]!["password"] = null;
        json["central"]!["caFile"] = "/nonexistent/ca.pem";

        var error = Assert.Throws<SiteFileException>(() => SiteFileLoader.Parse(json.ToJsonString()));

        Assert.Contains(error.Problems, p => p.StartsWith("central.url: 'http://central'", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("central.password: missing", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("central.caFile: '/nonexistent/ca.pem' does not exist", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_ConfigFromCentral_ReplacesCategoriesAndCounters()
    {
        var site = SiteFileLoader.Parse(SyncSite.Json("mqtt://central").ToJsonString());

        var applied = CentralConfiguration.Apply(site, SyncScenarios.NewConfig() with { Version = 3 }, out var problems);

        Assert.Empty(problems);
        Assert.Equal(["A", "B", "C"], applied.Queue.Categories.Select(c => c.Prefix));
        Assert.Equal(50, applied.Queue.FindCategory("C")!.DailyLimit);
        Assert.Equal(TimeSpan.FromMinutes(7), applied.Queue.FindCategory("A")!.DefaultServiceTime);
        Assert.Equal(EdgeQueue.Queue.Configuration.CallPolicy.StrictOrder, applied.Queue.FindCounter(2)!.Policy);
    }

    [Fact]
    public void Apply_ConfigWithoutACategoryADispenserIssues_RefusedNamingTheDevice()
    {
        var site = SiteFileLoader.Parse(SyncSite.Json("mqtt://central").ToJsonString());
        var hours = new Dictionary<string, string> { ["mon"] = "08:00-16:00" };
        var config = new SyncSiteConfig(4, [new SyncCategory("A", "Dowody", hours)], [new SyncCounter(1, ["A"])]);

        var result = CentralConfiguration.Apply(site, config, out var problems);

        Assert.Same(site, result);
        Assert.Contains("disp-01: button 2 issues category B, which this configuration removes", problems);
        Assert.Contains("keypad-02: belongs to counter 2, which this configuration removes", problems);
    }
}
