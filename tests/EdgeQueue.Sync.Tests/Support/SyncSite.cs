using System.Text.Json.Nodes;
using EdgeQueue.Hub.Security;
using EdgeQueue.Hub.Site;
using EdgeQueue.Security;

namespace EdgeQueue.Sync.Tests.Support;

/// <summary>
/// The hall of <see cref="CentralUnderTest.Site"/> for sync tests: categories A and B open all day,
/// counters 1 (A, B) and 2 (B), one dispenser and two keypads, and a <c>central</c> section pointing
/// at the test's central broker with the hub's own login.
/// </summary>
internal static class SyncSite
{
    private static readonly Lazy<string> DeviceHash = new(() => PasswordHash.Create("pw-device", 1000));

    public static SiteDefinition Create(CentralBroker broker, string? caFile = null, string site = CentralUnderTest.Site) =>
        SiteFileLoader.Parse(Json(broker.Url, caFile, site).ToJsonString(), "sync-site.json");

    /// <summary>The site file as JSON, to be changed by a test before parsing.</summary>
    public static JsonObject Json(string centralUrl, string? caFile = null, string site = CentralUnderTest.Site)
    {
        var allDay = new JsonObject();
        foreach (var day in new[] { "mon", "tue", "wed", "thu", "fri", "sat", "sun" })
        {
            allDay[day] = "00:00-24:00";
        }

        var central = new JsonObject
        {
            ["url"] = centralUrl,
            ["username"] = CentralBroker.HubUser(site),
            ["password"] = CentralBroker.HubPassword(site),
        };
        if (caFile is not null)
        {
            central["caFile"] = caFile;
        }

        var json = new JsonObject
        {
            ["site"] = new JsonObject { ["id"] = site, ["name"] = "Urząd Miasta — Libelta", ["timeZone"] = "Europe/Warsaw" },
            ["http"] = new JsonObject { ["port"] = 0, ["bind"] = "127.0.0.1" },
            ["broker"] = new JsonObject { ["mode"] = "embedded", ["port"] = 0, ["bind"] = "127.0.0.1" },
            ["technician"] = new JsonObject { ["username"] = "technik", ["passwordHash"] = DeviceHash.Value },
            ["eTicketBaseUrl"] = "http://hub.test/t/",
            ["categories"] = new JsonArray(
                new JsonObject { ["prefix"] = "A", ["name"] = "Dowody osobiste", ["serviceMinutes"] = 6, ["hours"] = allDay.DeepClone() },
                new JsonObject { ["prefix"] = "B", ["name"] = "Rejestracja pojazdów", ["serviceMinutes"] = 10, ["hours"] = allDay.DeepClone() }),
            ["counters"] = new JsonArray(
                new JsonObject { ["number"] = 1, ["categories"] = new JsonArray("A", "B") },
                new JsonObject { ["number"] = 2, ["categories"] = new JsonArray("B") }),
            ["devices"] = new JsonArray(
                new JsonObject
                {
                    ["id"] = "disp-01", ["passwordHash"] = DeviceHash.Value, ["buttons"] = new JsonObject { ["1"] = "A", ["2"] = "B" }, ["printer"] = "p1",
                },
                new JsonObject { ["id"] = "keypad-01", ["passwordHash"] = DeviceHash.Value, ["counter"] = 1 },
                new JsonObject { ["id"] = "keypad-02", ["passwordHash"] = DeviceHash.Value, ["counter"] = 2 }),
            ["printers"] = new JsonArray(new JsonObject { ["id"] = "p1", ["folder"] = "prints/p1" }),
            ["audio"] = new JsonObject { ["output"] = "none" },
            ["central"] = central,
        };
        return json;
    }
}
