using System.Text.Json.Nodes;
using EdgeQueue.Contracts;
using EdgeQueue.Hub.Site;
using EdgeQueue.Security;

namespace EdgeQueue.Hub.Provisioning;

/// <summary>
/// Adds, removes and re-keys devices in a site file: the password is made here, only its hash
/// (<see cref="PasswordHash"/>, the format of the whole project) goes into the file, and the file is
/// written only when the result passes the hub's own validation (<see cref="SiteFileLoader"/>), so a
/// hub that reads it next (a running one at once) can use it. Every refusal is a
/// <see cref="ProvisioningException"/> and leaves the file as it was. One edit at a time in this process.
/// </summary>
public sealed class DeviceProvisioner(string sitePath)
{
    private static readonly Lock Editing = new();

    public string SitePath { get; } = sitePath ?? throw new ArgumentNullException(nameof(sitePath));

    /// <summary>The site the file defines now (refused like an edit when the hub would refuse it).</summary>
    public SiteDefinition CurrentSite() => Open().Site;

    /// <summary>Adds the device with a new password; returns the site as validated after the change.</summary>
    public (ProvisionedDevice Device, SiteDefinition Site) Add(DeviceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (Editing)
        {
            var (file, site) = Open();
            var id = ParseId(request.Id);
            var role = DeviceRoleNames.Parse(request.Role);
            if (id.Role != role)
            {
                throw new ProvisioningException(
                    $"'{request.Id}' is not a {DeviceRoleNames.Describe(role)} id; a {DeviceRoleNames.Describe(role)} is {role}-NN (e.g. {role}-07)");
            }

            if (site.FindDevice(id) is not null)
            {
                throw new ProvisioningException($"device {id} is already in the site file; remove it first, or give it a new password with `device rotate`");
            }

            var password = DevicePassword.Generate();
            var devices = file.Devices();
            devices.Add((JsonNode)Entry(id, request, site, PasswordHash.Create(password)));
            var changed = Validate(file, devices);
            return (new ProvisionedDevice(id, password), changed);
        }
    }

    /// <summary>Takes the device and its credentials out of the site file.</summary>
    public SiteDefinition Remove(string deviceId)
    {
        lock (Editing)
        {
            var (file, _) = Open();
            var devices = file.Devices();
            devices.RemoveAt(IndexOf(devices, ParseId(deviceId)));
            return Validate(file, devices);
        }
    }

    /// <summary>Gives the device a new password; the old one stops working.</summary>
    public (ProvisionedDevice Device, SiteDefinition Site) Rotate(string deviceId)
    {
        lock (Editing)
        {
            var (file, _) = Open();
            var id = ParseId(deviceId);
            var devices = file.Devices();
            var password = DevicePassword.Generate();
            devices[IndexOf(devices, id)]!["passwordHash"] = PasswordHash.Create(password);
            var changed = Validate(file, devices);
            return (new ProvisionedDevice(id, password), changed);
        }
    }

    /// <summary>The file and the site it defines now; a file the hub would refuse is refused here too.</summary>
    private (SiteFileText File, SiteDefinition Site) Open()
    {
        if (!File.Exists(SitePath))
        {
            throw new ProvisioningException($"site file {SitePath} does not exist");
        }

        var file = SiteFileText.Read(SitePath);
        try
        {
            return (file, SiteFileLoader.Parse(file.Text, SitePath));
        }
        catch (SiteFileException e)
        {
            throw new ProvisioningException($"fix the site file first: {e.Message}", e);
        }
    }

    /// <summary>Writes the changed file when the hub accepts it; else names the first problem.</summary>
    private static SiteDefinition Validate(SiteFileText file, JsonArray devices)
    {
        var text = file.WithDevices(devices);
        SiteDefinition site;
        try
        {
            site = SiteFileLoader.Parse(text, file.Path);
        }
        catch (SiteFileException e)
        {
            throw new ProvisioningException($"the device does not fit this site: {e.Problems.FirstOrDefault() ?? e.Message}", e);
        }

        file.Save(text);
        return site;
    }

    private static DeviceId ParseId(string? text) =>
        DeviceId.TryParse(text, out var id, out var error)
            ? id.ToString() == text ? id : throw new ProvisioningException($"write the device id '{text}' as '{id}' (it is also the MQTT user name)")
            : throw new ProvisioningException(error);

    private static int IndexOf(JsonArray devices, DeviceId id)
    {
        var name = id.ToString();
        for (var i = 0; i < devices.Count; i++)
        {
            if (devices[i] is JsonObject device && device["id"] is JsonValue value && value.TryGetValue<string>(out var text) && text == name)
            {
                return i;
            }
        }

        throw new ProvisioningException($"device {name} is not in the site file");
    }

    private static JsonObject Entry(DeviceId id, DeviceRequest request, SiteDefinition site, string hash)
    {
        var entry = new JsonObject { ["id"] = id.ToString(), ["passwordHash"] = hash };
        if (id.Role == DeviceRoles.Dispenser)
        {
            if (request.Counter is not null)
            {
                throw new ProvisioningException("a dispenser belongs to no counter; give it --buttons (and --printer), not --counter");
            }

            if (request.Buttons is not { Count: > 0 } buttons)
            {
                throw new ProvisioningException("a dispenser needs its buttons: --buttons 1=A,2=B (button number = category prefix)");
            }

            var map = new JsonObject();
            foreach (var (button, prefix) in buttons)
            {
                map[button] = prefix;
            }

            entry["buttons"] = map;
            entry["printer"] = request.Printer ?? OnlyPrinter(site);
            return entry;
        }

        if (request.Buttons is not null || request.Printer is not null)
        {
            throw new ProvisioningException($"buttons and a printer belong to dispensers only; a {DeviceRoleNames.Describe(id.Role)} takes --counter");
        }

        var counter = request.Counter
            ?? throw new ProvisioningException($"a {DeviceRoleNames.Describe(id.Role)} belongs to a counter: --counter N");
        // Before the site validation, to name the counters there are.
        if (site.Queue.FindCounter(counter) is null)
        {
            throw new ProvisioningException(
                $"counter {counter} is not in this site's counters ({string.Join(", ", site.Queue.Counters.Select(c => c.Number))})");
        }

        entry["counter"] = counter;
        return entry;
    }

    private static string OnlyPrinter(SiteDefinition site) =>
        site.Printers.Count == 1
            ? site.Printers[0].Id
            : throw new ProvisioningException(
                $"name the dispenser's printer: --printer {string.Join("|", site.Printers.Select(p => p.Id))}");
}
