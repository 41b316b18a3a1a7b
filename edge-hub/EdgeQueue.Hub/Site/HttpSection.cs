namespace EdgeQueue.Hub.Site;

/// <summary><c>http</c>: where the hall display and technician pages are served.</summary>
public sealed class HttpSection
{
    public int? Port { get; set; }

    /// <summary>Address to listen on; default all interfaces so the TV and technician laptops reach it.</summary>
    public string? Bind { get; set; }
}
