using EdgeQueue.Contracts;
using EdgeQueue.Queue.Configuration;

namespace EdgeQueue.Hub.Site.Validation;

/// <summary>
/// The whole site file, section by section (one validator each); every problem is collected with
/// the JSON path of its field, and a definition is built only when there is none.
/// </summary>
    internal sealed class SiteFileValidator(SiteFile file, SiteProblems problems)
    {
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

        problems.Require(site.Name, "site.name");
        var zoneId = site.TimeZone ?? "Europe/Warsaw";
        var zone = TimeZoneResolver.TryFind(zoneId);
        if (zone is null)
        {
            problems.Add($"site.timeZone: '{zoneId}' is not a time zone known on this machine (install tzdata?)");
        }

        var httpPort = file.Http?.Port ?? 8080;
        problems.CheckPort(httpPort, "http.port", allowZero: true);
        var broker = new BrokerSectionValidator(problems).Build(file.Broker);
        var technician = new TechnicianSectionValidator(problems).Build(file.Technician);
        var eTicket = new ETicketBaseValidator(problems).Build(file.ETicketBaseUrl, file.Central?.PublicUrl, site.Id);
        var categories = new CategoriesValidator(problems).Build(file.Categories);
        var counters = new CountersValidator(problems).Build(file.Counters, categories);
        var printers = new PrintersValidator(problems).Build(file.Printers);
        var devices = new DevicesValidator(problems).Build(file.Devices, categories, counters, printers);
        var audio = new AudioSectionValidator(problems).Build(file.Audio);
        var recentCalls = file.Display?.RecentCalls ?? 6;
        if (recentCalls is < 1 or > 20)
        {
            problems.Add($"display.recentCalls: {recentCalls} must be between 1 and 20");
        }

        var rateLimit = new DeviceRateLimitValidator(problems).Build(file.DeviceRateLimit);
        var gpio = new GpioSectionValidator(problems).Build(file.Gpio);
        var ledBoard = new LedBoardSectionValidator(problems).Build(file.LedBoard, counters);

        var queue = new QueueSectionValidator(problems).Build(file.Queue, zoneId, categories, counters);
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
            Gpio = gpio,
            LedBoard = ledBoard,
        };
    }
}
