namespace EdgeQueue.Hub.Web;

/// <summary>
/// The technician page's device form: what <c>hub device add</c> (or <c>rotate</c>, then only the
/// board's network) takes on the command line.
/// </summary>
internal sealed record DeviceForm(
    string? Role = null,
    string? Id = null,
    int? Counter = null,
    string? Buttons = null,
    string? Printer = null,
    string? WifiSsid = null,
    string? WifiPassword = null,
    string? MqttHost = null,
    string? SerialPort = null);
