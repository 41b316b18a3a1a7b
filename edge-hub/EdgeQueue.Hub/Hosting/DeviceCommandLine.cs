using EdgeQueue.Hub.Provisioning;
using static EdgeQueue.Hub.Hosting.HubCommandLine;

namespace EdgeQueue.Hub.Hosting;

/// <summary>
/// <c>./edgequeue hub device add|remove|rotate</c>: provisioning a device in the site file
/// (<see cref="DeviceProvisioner"/>) and its boot files (<see cref="DeviceBootFiles"/>). A refusal is
/// one line and exit code 2, with the site file unchanged.
/// </summary>
internal static class DeviceCommandLine
{
    public static int Run(string action, Dictionary<string, string> options, TextWriter output, TextWriter error)
    {
        try
        {
            var provisioner = new DeviceProvisioner(Required(options, "site"));
            switch (action)
            {
                case "add":
                    return Add(provisioner, options, output);
                case "rotate":
                    return Rotate(provisioner, options, output);
                case "remove":
                    var id = Required(options, "id");
                    provisioner.Remove(id);
                    output.WriteLine($"removed {id} from {provisioner.SitePath}: its password no longer works (a running hub disconnects it at once)");
                    return 0;
                default:
                    throw new UsageException($"unknown device command '{action}' (add, remove, rotate)");
            }
        }
        catch (ProvisioningException e)
        {
            error.WriteLine($"hub: device {action}: {e.Message}");
            return 2;
        }
    }

    private static int Add(DeviceProvisioner provisioner, Dictionary<string, string> options, TextWriter output)
    {
        // The board's network is checked before the site file changes: a refused add changes nothing.
        var network = Network(provisioner, options);
        var request = new DeviceRequest
        {
            Role = Required(options, "role"),
            Id = Required(options, "id"),
            Counter = Int(options, "counter"),
            Buttons = options.TryGetValue("buttons", out var buttons) ? ButtonMap.Parse(buttons) : null,
            Printer = options.GetValueOrDefault("printer"),
        };
        var (device, site) = provisioner.Add(request);
        output.WriteLine($"added {device.Id} ({DeviceRoleNames.Describe(device.Id.Role)}) to {provisioner.SitePath}; the site file holds its password's hash only");
        WriteBootFiles(device, site.SiteId, network, options, output);
        output.WriteLine("a running hub lets it log in at once; its buttons or counter reach it after the hub's next restart");
        return 0;
    }

    private static int Rotate(DeviceProvisioner provisioner, Dictionary<string, string> options, TextWriter output)
    {
        var network = Network(provisioner, options);
        var (device, site) = provisioner.Rotate(Required(options, "id"));
        output.WriteLine($"new password for {device.Id} in {provisioner.SitePath}: the old one no longer works (a running hub disconnects it at once)");
        WriteBootFiles(device, site.SiteId, network, options, output);
        return 0;
    }

    private static BoardNetwork Network(DeviceProvisioner provisioner, Dictionary<string, string> options) =>
        BoardNetwork.For(provisioner.CurrentSite(), options.GetValueOrDefault("wifi-ssid"), options.GetValueOrDefault("wifi-password"),
            options.GetValueOrDefault("mqtt-host"));

    private static void WriteBootFiles(ProvisionedDevice device, string siteId, BoardNetwork network, Dictionary<string, string> options, TextWriter output)
    {
        var folder = options.GetValueOrDefault("out") ?? Path.Combine("provision", device.Id.ToString());
        var serialPort = options.GetValueOrDefault("serial-port") ?? (OperatingSystem.IsWindows() ? "COM5" : "/dev/ttyUSB0");
        var (settings, deploy) = DeviceBootFiles.Write(folder, DeviceBootFiles.Settings(device, siteId, network), serialPort);
        output.WriteLine($"wrote {settings} and {deploy} (readable by you only: they hold the device's password, which the hub does not keep)");
        output.WriteLine($"flash it: nanoff --filedeployment {deploy}   (broker {network.MqttHost}:{network.MqttPort}, Wi-Fi {network.WifiSsid})");
    }
}
