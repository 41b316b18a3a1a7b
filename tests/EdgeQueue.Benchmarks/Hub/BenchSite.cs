using System.Text.Json.Nodes;
using EdgeQueue.Hub.Security;
using EdgeQueue.Security;

namespace EdgeQueue.Benchmarks.Hub;

/// <summary>
/// The benchmark's hall: 10 dispensers and 30 keypads (40 devices with their own credentials), four
/// categories open all day, 30 counters serving all of them, capture-folder printers, WAV-file
/// announcements. Written as a real site file for a real hub process.
/// </summary>
/// <remarks>
/// The capture folders stand in for the printers' device files (<c>/dev/usb/lp0</c> on a Pi), where
/// a ticket creates no file. They go on a memory file system where there is one: creating thousands
/// of small files on this machine's ext4 cost a fifth of the hub's CPU (inode allocation skipping
/// recently deleted inodes, perf, 2026-12-04), a cost of the test seam, not of the hub. The queue's
/// database stays in the data folder on disk, with its real fsync.
/// </remarks>
internal static class BenchSite
{
    public const int Dispensers = 10;
    public const int Keypads = 30;

    /// <summary>The LED board's SPI capture, under the hub's data folder.</summary>
    public const string LedBoardCapture = "ledboard.spi";

    public static readonly EdgeQueue.Hardware.LedBoard.LedBoardLayout LedBoardLayout = new(Rows: 8, ModulesPerRow: 4);
    public const string SiteId = "bench-hall";

    public static string Password(string deviceId) => $"bench-{deviceId}";

    public static string DispenserId(int n) => $"disp-{n:D2}";

    public static string KeypadId(int n) => $"keypad-{n:D2}";

    public const string HubUser = "hub-bench";
    public const string HubPassword = "bench-hub-secret";

    /// <summary>Where the printers' capture folders go: a memory file system if the machine has one (see remarks).</summary>
    public static string? CaptureParent => Directory.Exists("/dev/shm") ? "/dev/shm" : null;

    /// <summary>The site with the embedded broker on <paramref name="mqttPort"/>, its printers capturing under <paramref name="prints"/>.</summary>
    public static string Json(int httpPort, int mqttPort, string prints) =>
        Json(httpPort, new JsonObject { ["mode"] = "embedded", ["port"] = mqttPort, ["bind"] = "127.0.0.1" }, prints);

    /// <summary>The site on an external broker (Mosquitto) at <paramref name="mqttPort"/>.</summary>
    public static string ExternalJson(int httpPort, int mqttPort, string prints) =>
        Json(httpPort, new JsonObject
        {
            ["mode"] = "external",
            ["url"] = $"mqtt://127.0.0.1:{mqttPort}",
            ["username"] = HubUser,
            ["password"] = HubPassword,
        }, prints);

    private static string Json(int httpPort, JsonObject broker, string prints)
    {
        var allDay = new JsonObject();
        foreach (var day in new[] { "mon", "tue", "wed", "thu", "fri", "sat", "sun" })
        {
            allDay[day] = "00:00-24:00";
        }

        var categories = new JsonArray();
        foreach (var (prefix, name) in new[] { ("A", "Dowody osobiste"), ("B", "Rejestracja pojazdów"), ("C", "Prawa jazdy"), ("D", "Meldunki") })
        {
            categories.Add(new JsonObject { ["prefix"] = prefix, ["name"] = name, ["hours"] = allDay.DeepClone() });
        }

        var counters = new JsonArray();
        var devices = new JsonArray();
        var printers = new JsonArray();
        for (var n = 1; n <= Keypads; n++)
        {
            counters.Add(new JsonObject { ["number"] = n, ["categories"] = new JsonArray("A", "B", "C", "D") });
            devices.Add(new JsonObject { ["id"] = KeypadId(n), ["passwordHash"] = Hash(KeypadId(n)), ["counter"] = n });
        }

        for (var n = 1; n <= Dispensers; n++)
        {
            printers.Add(new JsonObject { ["id"] = $"kiosk-{n}", ["folder"] = Path.Combine(prints, $"kiosk-{n}") });
            devices.Add(new JsonObject
            {
                ["id"] = DispenserId(n),
                ["passwordHash"] = Hash(DispenserId(n)),
                ["buttons"] = new JsonObject { ["1"] = "A", ["2"] = "B", ["3"] = "C", ["4"] = "D" },
                ["printer"] = $"kiosk-{n}",
            });
        }

        return new JsonObject
        {
            ["site"] = new JsonObject { ["id"] = SiteId, ["name"] = "Urząd Benchmarkowy", ["timeZone"] = "Europe/Warsaw" },
            ["http"] = new JsonObject { ["port"] = httpPort, ["bind"] = "127.0.0.1" },
            ["broker"] = broker,
            ["technician"] = new JsonObject { ["passwordHash"] = Hash("technik") },
            ["eTicketBaseUrl"] = "http://hub.local:8080/t/",
            ["categories"] = categories,
            ["counters"] = counters,
            ["devices"] = devices,
            ["printers"] = printers,
            ["audio"] = new JsonObject { ["output"] = "folder" },

            // The hall LED board: counters 1-8, one row of four MAX7219 modules each, its SPI bytes
            // captured to a file the benchmark reads (Next → board frame).
            ["ledBoard"] = new JsonObject { ["capture"] = LedBoardCapture, ["rows"] = LedBoardLayout.Rows, ["modules"] = LedBoardLayout.Modules },

            // Each dispenser presses up to 40 times a second here, far beyond a resident (and the
            // hub's default of 10 at once, then 1 a second): the benchmark measures the hub, not the limit.
            ["deviceRateLimit"] = new JsonObject { ["burst"] = 100_000, ["perSecond"] = 100_000 },
        }.ToJsonString();
    }

    // The production cost: every device logs in with a full-strength hash, as in a hall.
    public static string Hash(string user, string? password = null) => PasswordHash.Create(password ?? Password(user));
}
