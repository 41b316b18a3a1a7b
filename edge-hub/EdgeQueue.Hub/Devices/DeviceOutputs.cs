using System.Security.Cryptography;
using System.Text;
using EdgeQueue.Contracts;
using EdgeQueue.Contracts.Messages;
using EdgeQueue.Hub.Queue;
using EdgeQueue.Hub.Site;

namespace EdgeQueue.Hub.Devices;

/// <summary>
/// What each device is told, retained: its <c>config</c> (from the site file) and its <c>show</c>
/// (from the queue: a keypad's current ticket and waiting count, a dispenser's open and closed
/// buttons, a board's counter). Pure: the hub decides when to publish.
/// </summary>
public sealed class DeviceOutputs(SiteDefinition site)
{
    private const string NoTicket = DeviceShow.NoTicket;

    /// <summary>Changes whenever the site file's content changes, so a device can tell a new configuration.</summary>
    public int ConfigVersion { get; } = ComputeVersion(site);

    public DeviceConfig Config(DeviceDefinition device)
    {
        ArgumentNullException.ThrowIfNull(device);
        return device.Id.Role switch
        {
            DeviceRoles.Dispenser => new DeviceConfig(device.Id.Role, ConfigVersion,
                Buttons: device.Buttons, Brightness: device.Brightness),
            DeviceRoles.Keypad => new DeviceConfig(device.Id.Role, ConfigVersion, Counter: device.Counter,
                Categories: [.. site.Queue.Categories.Select(c => c.Prefix)], Brightness: device.Brightness),
            _ => new DeviceConfig(device.Id.Role, ConfigVersion, Counter: device.Counter, Brightness: device.Brightness),
        };
    }

    /// <param name="printerPaper">What the dispenser's printer last said about paper (null: unknown).</param>
    public DeviceShow Show(DeviceDefinition device, QueueFigures figures, string? printerPaper = null)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(figures);
        if (device.Id.Role == DeviceRoles.Dispenser)
        {
            var lights = (device.Buttons ?? new Dictionary<string, string>()).Values.Distinct(StringComparer.Ordinal)
                .ToDictionary(p => p, p => figures.OpenForIssue.GetValueOrDefault(p)
                    ? CategoryLightStates.Open
                    : CategoryLightStates.Closed, StringComparer.Ordinal);
            return new DeviceShow(Categories: lights, Paper: printerPaper);
        }

        if (device.Counter is not { } number)
        {
            return new DeviceShow(Text: NoTicket);
        }

        var current = figures.Serving.GetValueOrDefault(number) ?? NoTicket;
        var served = site.Queue.FindCounter(number)?.Categories ?? [];
        return device.Id.Role == DeviceRoles.Keypad
            ? new DeviceShow(Text: current, Waiting: figures.WaitingIn(served))
            : new DeviceShow(Text: current);
    }

    private static int ComputeVersion(SiteDefinition site)
    {
        var text = new StringBuilder();
        foreach (var d in site.Devices)
        {
            text.Append(d.Id).Append('|').Append(d.Counter).Append('|').Append(d.Brightness).Append('|')
                .AppendJoin(',', (d.Buttons ?? new Dictionary<string, string>()).OrderBy(b => b.Key, StringComparer.Ordinal)
                    .Select(b => $"{b.Key}={b.Value}"))
                .Append(';');
        }

        text.AppendJoin(',', site.Queue.Categories.Select(c => c.Prefix));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return BitConverter.ToInt32(hash, 0) & 0x7fffffff;
    }
}
