using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using EdgeQueue.Contracts;
using EdgeQueue.Mqtt.Link;
using EdgeQueue.Hub.Central;
using EdgeQueue.Hub.Security;
using EdgeQueue.Queue.Configuration;

namespace EdgeQueue.Hub.Site;

/// <summary>
/// Reads and validates a site file. Every problem is reported with the JSON path of its field
/// (<c>devices[2].printer</c>), so a technician can fix the file without reading code.
/// </summary>
public static class SiteFileLoader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static SiteDefinition Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SiteFileException($"site file {path} cannot be read: {e.Message}", e);
        }

        return Parse(text, path);
    }

    /// <summary>Parses site file text; <paramref name="name"/> names it in error messages.</summary>
    public static SiteDefinition Parse(string json, string name = "(site file)")
    {
        SiteFile? file;
        try
        {
            file = JsonSerializer.Deserialize<SiteFile>(json, Options);
        }
        catch (JsonException e)
        {
            throw new SiteFileException(name, [DescribeJsonError(e)]);
        }

        if (file is null)
        {
            throw new SiteFileException(name, ["the file holds JSON null, expected an object"]);
        }

        var problems = new List<string>();
        var definition = new SiteFileValidator(file, problems).Build();
        var central = CentralLinkSettings.FromSection(file.Central, File.Exists(name) ? Path.GetDirectoryName(Path.GetFullPath(name)) : null, problems);
        if (problems.Count > 0 || definition is null)
        {
            throw new SiteFileException(name, problems);
        }

        return definition with { Central = central };
    }

    private static string DescribeJsonError(JsonException e)
    {
        var path = e.Path is { Length: > 1 } p ? p.TrimStart('$', '.') : "(top level)";
        var line = e.LineNumber is { } n ? string.Create(CultureInfo.InvariantCulture, $" (line {n + 1})") : string.Empty;
        if (e.Message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            return $"{path}: unknown field{line}; check its spelling against edge-hub/README.md";
        }

        var reason = e.Message.Split(". Path:", 2)[0].TrimEnd('.');
        return $"{path}: {reason}{line}";
    }

    /// <summary>Walks the file once, collecting problems and building the definition.</summary>
    private sealed class SiteFileValidator(SiteFile file, List<string> problems)
    {
        private static readonly string[] WeekdayKeys = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

        public SiteDefinition? Build()
        {
            var site = file.Site;
            if (site is null)
            {
                problems.Add("site: missing (needs id, name and timeZone)");
                return null;
            }

            if (!SiteTopics.IsValidSiteId(site.Id))
            {
                problems.Add($"site.id: '{site.Id}' must be 1-40 lowercase letters, digits or dashes");
            }

            Require(site.Name, "site.name");
            var zoneId = site.TimeZone ?? "Europe/Warsaw";
            var zone = TimeZoneResolver.TryFind(zoneId);
            if (zone is null)
            {
                problems.Add($"site.timeZone: '{zoneId}' is not a time zone known on this machine (install tzdata?)");
            }

            var httpPort = file.Http?.Port ?? 8080;
            CheckPort(httpPort, "http.port", allowZero: true);
            var broker = BuildBroker();
            var technician = BuildTechnician();
            var eTicket = BuildETicketBase();
            var categories = BuildCategories();
            var counters = BuildCounters(categories);
            var printers = BuildPrinters();
            var devices = BuildDevices(categories, counters, printers);
            var audio = BuildAudio();
            var recentCalls = file.Display?.RecentCalls ?? 6;
            if (recentCalls is < 1 or > 20)
            {
                problems.Add($"display.recentCalls: {recentCalls} must be between 1 and 20");
            }

            var rateLimit = BuildDeviceRateLimit();

            var queue = BuildQueue(zoneId, categories, counters);
            if (problems.Count > 0)
            {
                return null;
            }

            return new SiteDefinition
            {
                SiteId = site.Id!,
                Name = site.Name!,
                Hall = site.Hall,
                TimeZone = zone!,
                HttpPort = httpPort,
                HttpBind = file.Http?.Bind ?? "0.0.0.0",
                Broker = broker!,
                Technician = technician!,
                ETicketBaseUrl = eTicket!,
                Queue = queue,
                Devices = devices,
                Printers = printers,
                Audio = audio,
                RecentCalls = recentCalls,
                DeviceRateLimit = rateLimit,
            };
        }

        private BrokerSettings? BuildBroker()
        {
            var section = file.Broker ?? new BrokerSection();
            var mode = section.Mode ?? "embedded";
            if (mode == "embedded")
            {
                var port = section.Port ?? 1883;
                CheckPort(port, "broker.port", allowZero: true);
                if (section.Url is not null)
                {
                    problems.Add("broker.url: only for \"mode\": \"external\"; the embedded broker takes broker.port");
                }

                return new BrokerSettings { Embedded = true, Port = port, Bind = section.Bind ?? "0.0.0.0" };
            }

            if (mode != "external")
            {
                problems.Add($"broker.mode: '{mode}' must be \"embedded\" or \"external\"");
                return null;
            }

            if (!MqttBrokerUrl.TryParse(section.Url, out var url))
            {
                problems.Add($"broker.url: '{section.Url}' must be mqtt://host[:port] or mqtts://host[:port]");
                return null;
            }

            Require(section.Username, "broker.username");
            var password = section.Password;
            if (section.PasswordEnv is { Length: > 0 } env)
            {
                password = Environment.GetEnvironmentVariable(env);
                if (string.IsNullOrEmpty(password))
                {
                    problems.Add($"broker.passwordEnv: environment variable {env} is not set");
                }
            }
            else if (string.IsNullOrEmpty(password))
            {
                problems.Add("broker.password: missing (or name an environment variable in broker.passwordEnv)");
            }

            if (section.CaFile is { } caFile)
            {
                if (url.Scheme != "mqtts")
                {
                    problems.Add("broker.caFile: only for an mqtts:// broker");
                }
                else if (!File.Exists(caFile))
                {
                    problems.Add($"broker.caFile: '{caFile}' does not exist");
                }
            }

            return new BrokerSettings { Embedded = false, Url = url, Username = section.Username, Password = password, CaFile = section.CaFile };
        }

        private TechnicianLogin? BuildTechnician()
        {
            var section = file.Technician;
            if (section is null)
            {
                problems.Add("technician: missing (needs passwordHash for the /devices page)");
                return null;
            }

            if (MosquittoPasswordHash.Problem(section.PasswordHash) is { } problem)
            {
                problems.Add($"technician.passwordHash: {problem}");
            }

            return new TechnicianLogin(section.Username ?? "technik", section.PasswordHash ?? string.Empty);
        }

        private Uri? BuildETicketBase()
        {
            if (!Uri.TryCreate(file.ETicketBaseUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            {
                problems.Add($"eTicketBaseUrl: '{file.ETicketBaseUrl}' must be an http:// or https:// address");
                return null;
            }

            // Uri(base, relative) keeps the last segment only when the base ends in a slash.
            return url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
        }

        private List<CategoryDefinition> BuildCategories()
        {
            var result = new List<CategoryDefinition>();
            if (file.Categories is not { Count: > 0 } categories)
            {
                problems.Add("categories: missing or empty; a hall needs at least one category");
                return result;
            }

            for (var i = 0; i < categories.Count; i++)
            {
                var at = $"categories[{i}]";
                var c = categories[i];
                if (c.Prefix is not { Length: 1 } prefix || prefix[0] is < 'A' or > 'Z')
                {
                    problems.Add($"{at}.prefix: '{c.Prefix}' must be one capital letter A-Z");
                    continue;
                }

                if (result.Any(r => r.Prefix == prefix))
                {
                    problems.Add($"{at}.prefix: '{prefix}' is defined twice");
                    continue;
                }

                Require(c.Name, $"{at}.name");
                if (c.DailyLimit is <= 0)
                {
                    problems.Add($"{at}.dailyLimit: {c.DailyLimit} must be positive (leave it out for no limit)");
                }

                if (c.IssueCutoffMinutes is < 0)
                {
                    problems.Add($"{at}.issueCutoffMinutes: must not be negative");
                }

                if (c.ServiceMinutes is <= 0)
                {
                    problems.Add($"{at}.serviceMinutes: must be positive");
                }

                result.Add(new CategoryDefinition
                {
                    Prefix = prefix,
                    Name = c.Name ?? prefix,
                    Hours = BuildHours(c.Hours, $"{at}.hours"),
                    DailyLimit = c.DailyLimit,
                    IssueCutoff = TimeSpan.FromMinutes(Math.Max(0, c.IssueCutoffMinutes ?? 0)),
                    DefaultServiceTime = TimeSpan.FromMinutes(Math.Max(1, c.ServiceMinutes ?? 5)),
                });
            }

            return result;
        }

        private Dictionary<DayOfWeek, DailyHours> BuildHours(Dictionary<string, string>? hours, string at)
        {
            var result = new Dictionary<DayOfWeek, DailyHours>();
            if (hours is null || hours.Count == 0)
            {
                problems.Add($"{at}: missing; give opening hours per weekday, e.g. \"mon\": \"08:00-16:00\"");
                return result;
            }

            foreach (var (key, value) in hours)
            {
                var day = Array.IndexOf(WeekdayKeys, key);
                if (day < 0)
                {
                    problems.Add($"{at}.{key}: unknown weekday; use mon, tue, wed, thu, fri, sat, sun");
                    continue;
                }

                var parts = value.Split('-');
                if (parts.Length != 2
                    || !TryParseTime(parts[0], out var open)
                    || !TryParseTime(parts[1], out var close))
                {
                    problems.Add($"{at}.{key}: '{value}' must be HH:mm-HH:mm (24:00 for midnight)");
                    continue;
                }

                if (close <= open)
                {
                    problems.Add($"{at}.{key}: '{value}' closes before it opens");
                    continue;
                }

                result[(DayOfWeek)((day + 1) % 7)] = new DailyHours(open, close);
            }

            return result;
        }

        private static bool TryParseTime(string text, out TimeOnly time)
        {
            if (text.Trim() == "24:00")
            {
                time = TimeOnly.MaxValue;
                return true;
            }

            return TimeOnly.TryParseExact(text.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
        }

        private List<CounterDefinition> BuildCounters(List<CategoryDefinition> categories)
        {
            var result = new List<CounterDefinition>();
            if (file.Counters is not { Count: > 0 } counters)
            {
                problems.Add("counters: missing or empty; a hall needs at least one counter");
                return result;
            }

            for (var i = 0; i < counters.Count; i++)
            {
                var at = $"counters[{i}]";
                var c = counters[i];
                if (c.Number is not { } number || number is < 1 or > 999)
                {
                    problems.Add($"{at}.number: '{c.Number}' must be a whole number 1-999");
                    continue;
                }

                if (result.Any(r => r.Number == number))
                {
                    problems.Add($"{at}.number: counter {number} is defined twice");
                    continue;
                }

                if (c.Categories is not { Count: > 0 } served)
                {
                    problems.Add($"{at}.categories: missing or empty; list the prefixes this counter serves");
                    continue;
                }

                foreach (var unknown in served.Where(p => categories.All(k => k.Prefix != p)))
                {
                    problems.Add($"{at}.categories: '{unknown}' is not a category of this site");
                }

                var policy = c.Policy switch
                {
                    null or "longestWait" => CallPolicy.LongestWait,
                    "strictOrder" => CallPolicy.StrictOrder,
                    _ => (CallPolicy?)null,
                };
                if (policy is null)
                {
                    problems.Add($"{at}.policy: '{c.Policy}' must be \"longestWait\" or \"strictOrder\"");
                }

                result.Add(new CounterDefinition { Number = number, Categories = served, Policy = policy ?? CallPolicy.LongestWait });
            }

            return result;
        }

        private List<PrinterDefinition> BuildPrinters()
        {
            var result = new List<PrinterDefinition>();
            var printers = file.Printers ?? [];
            for (var i = 0; i < printers.Count; i++)
            {
                var at = $"printers[{i}]";
                var p = printers[i];
                if (string.IsNullOrWhiteSpace(p.Id))
                {
                    problems.Add($"{at}.id: missing");
                    continue;
                }

                if (result.Any(r => r.Id == p.Id))
                {
                    problems.Add($"{at}.id: printer '{p.Id}' is defined twice");
                    continue;
                }

                var ports = new (string? Value, PrinterConnection Kind)[]
                {
                    (p.Usb, PrinterConnection.Usb), (p.Tcp, PrinterConnection.Tcp), (p.Folder, PrinterConnection.Folder),
                }.Where(x => !string.IsNullOrWhiteSpace(x.Value)).ToList();
                if (ports.Count != 1)
                {
                    problems.Add($"{at}: give exactly one of usb (e.g. /dev/usb/lp0), tcp (host:9100) or folder");
                    continue;
                }

                var (target, kind) = ports[0];
                if (kind == PrinterConnection.Tcp && !TcpTarget.TryParse(target!, out _, out _))
                {
                    problems.Add($"{at}.tcp: '{target}' must be host:port, e.g. 192.168.1.50:9100");
                    continue;
                }

                result.Add(new PrinterDefinition(p.Id, kind, target!));
            }

            return result;
        }

        private List<DeviceDefinition> BuildDevices(
            List<CategoryDefinition> categories, List<CounterDefinition> counters, List<PrinterDefinition> printers)
        {
            var result = new List<DeviceDefinition>();
            var devices = file.Devices ?? [];
            for (var i = 0; i < devices.Count; i++)
            {
                var at = $"devices[{i}]";
                var d = devices[i];
                if (!DeviceId.TryParse(d.Id, out var id, out var idError))
                {
                    problems.Add($"{at}.id: {idError}");
                    continue;
                }

                if (result.Any(r => r.Id == id))
                {
                    problems.Add($"{at}.id: device '{id}' is defined twice");
                    continue;
                }

                if (id.ToString() != d.Id)
                {
                    problems.Add($"{at}.id: write '{d.Id}' as '{id}' (it is also the MQTT user name)");
                }

                if (MosquittoPasswordHash.Problem(d.PasswordHash) is { } hashProblem)
                {
                    problems.Add($"{at}.passwordHash: {hashProblem}");
                }

                if (d.Brightness is < 0 or > 100)
                {
                    problems.Add($"{at}.brightness: {d.Brightness} must be 0-100");
                }

                if (id.Role == DeviceRoles.Dispenser)
                {
                    CheckDispenser(d, at, categories, printers);
                }
                else if (d.Buttons is not null || d.Printer is not null)
                {
                    problems.Add($"{at}: buttons and printer belong to dispensers (disp-nn) only");
                }

                if (id.Role == DeviceRoles.Keypad)
                {
                    if (d.Counter is not { } counter)
                    {
                        problems.Add($"{at}.counter: missing; a keypad belongs to a counter");
                    }
                    else if (counters.All(c => c.Number != counter))
                    {
                        problems.Add($"{at}.counter: counter {counter} is not in counters");
                    }
                }
                else if (d.Counter is not null && id.Role != DeviceRoles.Board)
                {
                    problems.Add($"{at}.counter: only keypads and boards belong to a counter");
                }

                result.Add(new DeviceDefinition
                {
                    Id = id,
                    PasswordHash = d.PasswordHash ?? string.Empty,
                    Buttons = d.Buttons,
                    PrinterId = d.Printer,
                    Counter = d.Counter,
                    Brightness = d.Brightness,
                });
            }

            return result;
        }

        private void CheckDispenser(DeviceSection d, string at, List<CategoryDefinition> categories, List<PrinterDefinition> printers)
        {
            if (d.Buttons is not { Count: > 0 } buttons)
            {
                problems.Add($"{at}.buttons: missing; map button numbers to categories, e.g. {{\"1\": \"A\"}}");
            }
            else
            {
                foreach (var (button, prefix) in buttons)
                {
                    if (!int.TryParse(button, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is < 1 or > 16)
                    {
                        problems.Add($"{at}.buttons: button '{button}' must be a number 1-16");
                    }

                    if (categories.All(c => c.Prefix != prefix))
                    {
                        problems.Add($"{at}.buttons.{button}: '{prefix}' is not a category of this site");
                    }
                }
            }

            if (string.IsNullOrWhiteSpace(d.Printer))
            {
                problems.Add($"{at}.printer: missing; name the printer (from printers) its tickets come out of");
            }
            else if (printers.All(p => p.Id != d.Printer))
            {
                problems.Add($"{at}.printer: '{d.Printer}' is not defined in printers");
            }
        }

        private AudioSettings BuildAudio()
        {
            var section = file.Audio ?? new AudioSection();
            var output = section.Output switch
            {
                null or "auto" => AudioOutput.Auto,
                "aplay" => AudioOutput.Aplay,
                "folder" => AudioOutput.Folder,
                "none" => AudioOutput.None,
                _ => (AudioOutput?)null,
            };
            if (output is null)
            {
                problems.Add($"audio.output: '{section.Output}' must be auto, aplay, folder or none");
            }

            var repeat = section.Repeat ?? 1;
            if (repeat is < 1 or > 3)
            {
                problems.Add($"audio.repeat: {repeat} must be 1, 2 or 3");
            }

            return new AudioSettings(output ?? AudioOutput.Auto, section.Device, section.Folder ?? "announcements", repeat, section.Clips);
        }

        private DeviceRateLimitSettings BuildDeviceRateLimit()
        {
            var defaults = DeviceRateLimitSettings.Default;
            var burst = file.DeviceRateLimit?.Burst ?? defaults.Burst;
            var perSecond = file.DeviceRateLimit?.PerSecond ?? defaults.PerSecond;
            if (burst is < 1 or > 100_000)
            {
                problems.Add($"deviceRateLimit.burst: {burst} must be between 1 and 100000");
            }

            if (!(perSecond is > 0 and <= 100_000))
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"deviceRateLimit.perSecond: {perSecond} must be above 0 and at most 100000"));
            }

            return new DeviceRateLimitSettings(burst, perSecond);
        }

        private SiteConfiguration BuildQueue(string zoneId, List<CategoryDefinition> categories, List<CounterDefinition> counters)
        {
            var q = file.Queue ?? new QueueSection();
            var defaults = new SiteConfiguration { Categories = categories, Counters = counters };
            var config = defaults with
            {
                TimeZoneId = zoneId,
                NoShowCallLimit = q.NoShowCallLimit ?? defaults.NoShowCallLimit,
                LateGracePeriod = Minutes(q.LateGraceMinutes, defaults.LateGracePeriod),
                CheckInEarlyWindow = Minutes(q.CheckInEarlyMinutes, defaults.CheckInEarlyWindow),
                BookedCallEarlyWindow = Minutes(q.BookedCallEarlyMinutes, defaults.BookedCallEarlyWindow),
            };
            if (problems.Count == 0)
            {
                problems.AddRange(config.Validate().Select(p => $"queue: {p}"));
            }

            return config;
        }

        private static TimeSpan Minutes(int? value, TimeSpan fallback) => value is { } m ? TimeSpan.FromMinutes(m) : fallback;

        private void Require(string? value, string at)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add($"{at}: missing");
            }
        }

        private void CheckPort(int port, string at, bool allowZero)
        {
            if (port is < 0 or > 65535 || (port == 0 && !allowZero))
            {
                problems.Add($"{at}: {port} is not a TCP port (1-65535)");
            }
        }
    }
}
