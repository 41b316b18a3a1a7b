using System.Text.Json.Nodes;
using EdgeQueue.Hub.Site;
using EdgeQueue.Hub.Tests.Support;

namespace EdgeQueue.Hub.Tests.Site;

public sealed class SiteFileLoaderTests
{
    private static readonly string DemoFile = Path.Combine(AppContext.BaseDirectory, "Sites", "demo-hall.json");

    [Fact]
    public void Load_DemoHall_HasThreeDispensersEightCountersFourCategories()
    {
        var site = SiteFileLoader.Load(DemoFile);

        Assert.Equal("um-demo", site.SiteId);
        Assert.Equal(["A", "B", "C", "D"], site.Queue.Categories.Select(c => c.Prefix));
        Assert.Equal("Rejestracja pojazdów", site.CategoryName("B"));
        Assert.Equal(8, site.Queue.Counters.Count);
        Assert.Equal(3, site.Devices.Count(d => d.IsDispenser));
        Assert.Equal(8, site.Devices.Count(d => d.IsKeypad));
        Assert.True(site.Broker.Embedded);
        Assert.Equal(new TimeOnly(7, 30), site.Queue.Categories[0].Hours[DayOfWeek.Tuesday].Open);
        Assert.False(site.Queue.Categories[0].Hours.ContainsKey(DayOfWeek.Sunday));
        Assert.Equal("http://hub.local:8080/t/A017", site.ETicketUrl("A017").ToString());
    }

    [Theory]
    [InlineData("site.id", "must be 1-40 lowercase")]
    [InlineData("devices[2].counter", "counter 9 is not in counters")]
    [InlineData("devices[4].counter", "counter 9 is not in counters")]
    [InlineData("devices[0].printer", "'nowhere' is not defined in printers")]
    [InlineData("devices[1].passwordHash", "expected a Mosquitto hash")]
    [InlineData("categories[1].hours.tue", "'16:00-08:00' closes before it opens")]
    [InlineData("counters[1].categories", "'X' is not a category of this site")]
    [InlineData("printers[1]", "exactly one of usb")]
    [InlineData("broker.url", "must be mqtt://host[:port] or mqtts://host[:port]")]
    [InlineData("audio.repeat", "must be 1, 2 or 3")]
    [InlineData("broker.caFile", "'/nonexistent/ca.pem' does not exist")]
    [InlineData("deviceRateLimit.perSecond", "must be above 0")]
    public void Parse_BrokenField_ErrorNamesFieldAndReason(string field, string reason)
    {
        var json = TestSite.Json();
        Break(json, field);

        var error = Assert.Throws<SiteFileException>(() => SiteFileLoader.Parse(json.ToJsonString(), "hall.json"));

        Assert.Contains(error.Problems, p => p.StartsWith(field, StringComparison.Ordinal) && p.Contains(reason, StringComparison.Ordinal));
        Assert.StartsWith("site file hall.json: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Parse_MisspelledField_NamesItAsUnknown()
    {
        var json = TestSite.Json();
        json["site"]!["timezone"] = "Europe/Warsaw";

        var error = Assert.Throws<SiteFileException>(() => SiteFileLoader.Parse(json.ToJsonString(), "hall.json"));

        Assert.Contains("site.timezone: unknown field", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BrokenJson_SaysWhereOnWhichLine()
    {
        var error = Assert.Throws<SiteFileException>(() => SiteFileLoader.Parse("{\n  \"site\": {\n    \"id\": ,\n  }\n}", "hall.json"));

        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("site.id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CommentsAndTrailingCommas_Accepted()
    {
        var text = TestSite.Json().ToJsonString().Insert(1, "// the test hall\n");

        var site = SiteFileLoader.Parse(text);

        Assert.Equal(TestSite.SiteId, site.SiteId);
    }

    [Fact]
    public void Parse_ExternalBrokerPasswordFromEnvironment_ReadsVariable()
    {
        Environment.SetEnvironmentVariable("EQ_TEST_HUB_PASSWORD", "from-env");
        var site = TestSite.Create(json => json["broker"] = new JsonObject
        {
            ["mode"] = "external",
            ["url"] = "mqtts://broker.example:8883",
            ["username"] = "hub",
            ["passwordEnv"] = "EQ_TEST_HUB_PASSWORD",
        });

        Assert.False(site.Broker.Embedded);
        Assert.True(site.Broker.UseTls);
        Assert.Equal("from-env", site.Broker.Password);
    }

    [Fact]
    public void Load_MissingFile_SaysItCannotBeRead()
    {
        var error = Assert.Throws<SiteFileException>(() => SiteFileLoader.Load("/nonexistent/hall.json"));

        Assert.Contains("cannot be read", error.Message, StringComparison.Ordinal);
    }

    private static void Break(JsonObject json, string field)
    {
        switch (field)
        {
            case "site.id": json["site"]!["id"] = "Hala 1"; break;
            case "devices[2].counter": json["devices"]![2]!["counter"] = 9; break;
            case "devices[4].counter":
                json["devices"]!.AsArray().Add(new JsonObject { ["id"] = "board-09", ["passwordHash"] = json["devices"]![2]!["passwordHash"]!.DeepClone(), ["counter"] = 9 });
                break;
            case "devices[0].printer": json["devices"]![0]!["printer"] = "nowhere"; break;
            case "devices[1].passwordHash": json["devices"]![1]!["passwordHash"] = "secret"; break;
            case "categories[1].hours.tue": json["categories"]![1]!["hours"]!["tue"] = "16:00-08:00"; break;
            case "counters[1].categories": json["counters"]![1]!["categories"] = new JsonArray("B", "X"); break;
            case "printers[1]": json["printers"]![1]!["usb"] = "/dev/usb/lp0"; break;
            case "broker.url": json["broker"] = new JsonObject { ["mode"] = "external", ["url"] = "http://x", ["username"] = "h", ["password"] = "p" }; break;
            case "audio.repeat": json["audio"]!["repeat"] = 7; break;
            case "broker.caFile": json["broker"] = new JsonObject { ["mode"] = "external", ["url"] = "mqtts://x", ["username"] = "h", ["password"] = "p", ["caFile"] = "/nonexistent/ca.pem" }; break;
            case "deviceRateLimit.perSecond": json["deviceRateLimit"] = new JsonObject { ["perSecond"] = 0 }; break;
            default: throw new ArgumentOutOfRangeException(nameof(field), field, "no breakage defined");
        }
    }
}
