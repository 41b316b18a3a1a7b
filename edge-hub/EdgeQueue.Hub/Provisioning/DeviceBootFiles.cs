using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using EdgeQueue.Queue.Storage;

namespace EdgeQueue.Hub.Provisioning;

/// <summary>
/// What a new board needs in its flash (firmware/README.md "Provisioning"): <c>edgequeue.json</c>
/// (read at boot from <c>I:\edgequeue.json</c>) and nanoff's <c>deploy.json</c> that copies it there.
/// Both hold or point to the plain password, so they are written readable by their owner only.
/// </summary>
public static class DeviceBootFiles
{
    public const string SettingsFileName = "edgequeue.json";
    public const string DeployFileName = "deploy.json";
    public const string BoardPath = @"I:\edgequeue.json";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The board's settings; the MQTT user is the device id (the only one the hall's broker takes).</summary>
    public static string Settings(ProvisionedDevice device, string siteId, BoardNetwork network)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(network);
        return Json(writer =>
        {
            writer.WriteString("deviceId", device.Id.ToString());
            writer.WriteString("siteId", siteId);
            writer.WriteString("wifiSsid", network.WifiSsid);
            writer.WriteString("wifiPassword", network.WifiPassword);
            writer.WriteString("mqttHost", network.MqttHost);
            writer.WriteNumber("mqttPort", network.MqttPort);
            writer.WriteString("mqttUser", device.Id.ToString());
            writer.WriteString("mqttPassword", device.Password);
        });
    }

    /// <summary>nanoff's file deployment: <paramref name="settingsPath"/> (as the flashing machine sees it) to <see cref="BoardPath"/>.</summary>
    public static string Deploy(string settingsPath, string serialPort) => Json(writer =>
    {
        writer.WriteString("serialport", serialPort);
        writer.WriteStartArray("files");
        writer.WriteStartObject();
        writer.WriteString("DestinationFilePath", BoardPath);
        writer.WriteString("SourceFilePath", settingsPath);
        writer.WriteEndObject();
        writer.WriteEndArray();
    });

    /// <summary>Writes both files into <paramref name="folder"/> (created owner-only); returns their paths.</summary>
    public static (string Settings, string Deploy) Write(string folder, string settingsText, string serialPort)
    {
        var full = Path.GetFullPath(folder);
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(full);
        }
        else
        {
            Directory.CreateDirectory(full, OwnerOnlyFiles.Mode | UnixFileMode.UserExecute);
        }

        var settings = Path.Combine(full, SettingsFileName);
        var deploy = Path.Combine(full, DeployFileName);
        OwnerOnlyFiles.WriteText(settings, settingsText);
        OwnerOnlyFiles.WriteText(deploy, Deploy(settings, serialPort));
        return (settings, deploy);
    }

    private static string Json(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).ReplaceLineEndings("\n") + "\n";
    }
}
