namespace EdgeQueue.Hub.Site;

/// <summary>A ticket printer: its id in the site file, how it is reached, and where.</summary>
/// <param name="Target">The usblp device path, "host:port", the serial line ("/dev/ttyUSB0?baud=19200"), or the capture folder.</param>
public sealed record PrinterDefinition(string Id, PrinterConnection Connection, string Target);
