namespace EdgeQueue.Hub.Site;

/// <summary>
/// One entry of <c>devices</c>. The MQTT user name is the device id; <see cref="PasswordHash"/> is a
/// Mosquitto-compatible <c>$7$</c> hash. A dispenser has <see cref="Buttons"/> and a
/// <see cref="Printer"/>; a keypad has a <see cref="Counter"/>.
/// </summary>
public sealed class DeviceSection
{
    public string? Id { get; set; }

    public string? PasswordHash { get; set; }

    public Dictionary<string, string>? Buttons { get; set; }

    public string? Printer { get; set; }

    public int? Counter { get; set; }

    public int? Brightness { get; set; }
}
