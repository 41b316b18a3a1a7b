namespace EdgeQueue.Hub.Web;

/// <summary>
/// The answer to a device form: a sentence for the technician, and after an add or a new password
/// the board's two files, offered once for download (the hub keeps no plain password).
/// </summary>
internal sealed record DeviceFormAnswer(string Id, string Message, string? SettingsJson = null, string? DeployJson = null);
