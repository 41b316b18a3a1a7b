using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using EdgeQueue.Hub.Central;
using EdgeQueue.Hub.Security;
using EdgeQueue.Hub.Site;
using EdgeQueue.Security;

namespace EdgeQueue.Simulator.Hall;

/// <summary>
/// Writes the site file of the simulated hall, the same kind of file a technician writes for a
/// real one: categories and opening hours from the traffic profile, counters, devices with the
/// hashes of their fresh passwords, network printers on the simulated kiosks' ports, the site
/// broker (external to the hub: the simulator hosts it, so it can be restarted on command), WAV
/// announcements into the output folder, an LED board captured to a file; with central, the link to
/// the city broker under the hub's own login and central's address for the tickets' QR codes.
/// </summary>
internal static class SiteFileWriter
{
    public const string SiteId = "um-sim";

    /// <summary>The LED board's SPI capture, under the hub's data folder.</summary>
    public const string LedBoardCapture = "ledboard.spi";

    private static readonly string[] Weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(
        string path, HallLayout layout, HallCredentials credentials, int brokerPort, int httpPort,
        IReadOnlyList<int> printerPorts, string announcementFolder, CentralSection? central = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(credentials);
        var profile = layout.Profile;
        var c = CultureInfo.InvariantCulture;
        var hours = $"{profile.Opens.ToString("HH:mm", c)}-{profile.Closes.ToString("HH:mm", c)}";
        var file = new SiteFile
        {
            Site = new SiteSection { Id = SiteId, Name = "Urząd Miasta (symulacja)", Hall = "Sala Obsługi Mieszkańców", TimeZone = "Europe/Warsaw" },
            Http = new HttpSection { Port = httpPort, Bind = "127.0.0.1" },
            Broker = new BrokerSection
            {
                Mode = "external",
                Url = string.Create(c, $"mqtt://127.0.0.1:{brokerPort}"),
                Username = credentials.HubUser,
                Password = credentials.HubPassword,
            },
            Technician = new TechnicianSection { Username = credentials.TechnicianUser, PasswordHash = PasswordHash.Create(credentials.TechnicianPassword) },
            ETicketBaseUrl = string.Create(c, $"http://127.0.0.1:{httpPort}/t/"),
            Central = central,
            Queue = new QueueSection { NoShowCallLimit = 3 },
            Categories = [.. profile.Categories.Select(cat => new CategorySection
            {
                Prefix = cat.Prefix,
                Name = cat.Name,
                IssueCutoffMinutes = (int)profile.LastWalkInBeforeClose.TotalMinutes,
                ServiceMinutes = Math.Max(1, (int)Math.Round(cat.MeanServiceMinutes)),
                Hours = Weekdays.ToDictionary(d => d, _ => hours),
            })],
            Counters = [.. layout.Counters.Select((cats, i) => new CounterSection { Number = i + 1, Categories = [.. cats] })],
            Devices =
            [
                .. Enumerable.Range(0, layout.Dispensers).Select(i => new DeviceSection
                {
                    Id = HallLayout.DispenserId(i),
                    PasswordHash = PasswordHash.Create(credentials.Devices[HallLayout.DispenserId(i)]),
                    Buttons = profile.Categories.Select((cat, b) => (cat, b)).ToDictionary(x => (x.b + 1).ToString(c), x => x.cat.Prefix),
                    Printer = HallLayout.PrinterId(i),
                    Brightness = 80,
                }),
                .. layout.Counters.Select((_, i) => new DeviceSection
                {
                    Id = HallLayout.KeypadId(i),
                    PasswordHash = PasswordHash.Create(credentials.Devices[HallLayout.KeypadId(i)]),
                    Counter = i + 1,
                    Brightness = 60,
                }),
                .. layout.Counters.Select((_, i) => new DeviceSection
                {
                    Id = HallLayout.BoardId(i),
                    PasswordHash = PasswordHash.Create(credentials.Devices[HallLayout.BoardId(i)]),
                    Counter = i + 1,
                    Brightness = 70,
                }),
            ],
            Printers = [.. printerPorts.Select((port, i) => new PrinterSection { Id = HallLayout.PrinterId(i), Tcp = string.Create(c, $"127.0.0.1:{port}") })],
            Audio = new AudioSection { Output = "folder", Folder = announcementFolder, Repeat = 1 },
            // The hall LED board, one row of four modules per counter, captured to a file: the
            // simulator draws it as ledboard.png (there is no SPI bus here).
            LedBoard = new LedBoardSection
            {
                Capture = LedBoardCapture,
                Rows = layout.Counters.Count,
                Modules = 4 * layout.Counters.Count,
            },
        };
        File.WriteAllText(path, JsonSerializer.Serialize(file, Json));
        return path;
    }
}
