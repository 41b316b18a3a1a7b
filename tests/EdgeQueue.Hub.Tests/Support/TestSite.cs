using System.Text.Json.Nodes;
using EdgeQueue.Hub.Security;
using EdgeQueue.Hub.Site;
using EdgeQueue.Security;

namespace EdgeQueue.Hub.Tests.Support;

/// <summary>
/// A small hall for tests: categories A and B open all day every day, counters 1 (A, B) and 2 (B),
/// dispensers disp-01 and disp-02 with capture-folder printers, keypads keypad-01 and keypad-02.
/// Every device's password is <see cref="Password"/> of its id.
/// </summary>
internal static class TestSite
{
    public const string SiteId = "test-hall";
    public const string TechnicianUser = "technik";
    public const string TechnicianPassword = "tech-secret";
    public const string ETicketBase = "http://hub.test/t/";

    // Low iteration count: the hash format and check are the real ones; the cost is not the test's subject.
    private const int Iterations = 1000;

    private static readonly Lazy<Dictionary<string, string>> Hashes = new(() =>
        new[] { "disp-01", "disp-02", "keypad-01", "keypad-02", "technik" }
            .ToDictionary(id => id, id => PasswordHash.Create(Password(id), Iterations)));

    public static string Password(string deviceId) => deviceId == TechnicianUser ? TechnicianPassword : $"pw-{deviceId}";

    public static JsonObject Json()
    {
        var allDay = new JsonObject();
        foreach (var day in new[] { "mon", "tue", "wed", "thu", "fri", "sat", "sun" })
        {
            allDay[day] = "00:00-24:00";
        }

        return new JsonObject
        {
            ["site"] = new JsonObject { ["id"] = SiteId, ["name"] = "Urząd Testowy", ["hall"] = "Sala A", ["timeZone"] = "Europe/Warsaw" },
            ["http"] = new JsonObject { ["port"] = 0, ["bind"] = "127.0.0.1" },
            ["broker"] = new JsonObject { ["mode"] = "embedded", ["port"] = 0, ["bind"] = "127.0.0.1" },
            ["technician"] = new JsonObject { ["username"] = TechnicianUser, ["passwordHash"] = Hashes.Value["technik"] },
            ["eTicketBaseUrl"] = ETicketBase,
            ["categories"] = new JsonArray(
                new JsonObject { ["prefix"] = "A", ["name"] = "Dowody osobiste", ["serviceMinutes"] = 6, ["hours"] = allDay.DeepClone() },
                new JsonObject { ["prefix"] = "B", ["name"] = "Rejestracja pojazdów", ["serviceMinutes"] = 10, ["hours"] = allDay.DeepClone() }),
            ["counters"] = new JsonArray(
                new JsonObject { ["number"] = 1, ["categories"] = new JsonArray("A", "B") },
                new JsonObject { ["number"] = 2, ["categories"] = new JsonArray("B") }),
            ["devices"] = new JsonArray(
                Dispenser("disp-01", "p1"),
                Dispenser("disp-02", "p2"),
                new JsonObject { ["id"] = "keypad-01", ["passwordHash"] = Hashes.Value["keypad-01"], ["counter"] = 1 },
                new JsonObject { ["id"] = "keypad-02", ["passwordHash"] = Hashes.Value["keypad-02"], ["counter"] = 2 }),
            ["printers"] = new JsonArray(
                new JsonObject { ["id"] = "p1", ["folder"] = "prints/p1" },
                new JsonObject { ["id"] = "p2", ["folder"] = "prints/p2" }),
            ["audio"] = new JsonObject { ["output"] = "folder", ["folder"] = "announcements" },
        };
    }

    public static SiteDefinition Create(Action<JsonObject>? customize = null)
    {
        var json = Json();
        customize?.Invoke(json);
        return SiteFileLoader.Parse(json.ToJsonString(), "test-site.json");
    }

    private static JsonObject Dispenser(string id, string printer) => new()
    {
        ["id"] = id,
        ["passwordHash"] = Hashes.Value[id],
        ["buttons"] = new JsonObject { ["1"] = "A", ["2"] = "B" },
        ["printer"] = printer,
    };
}
