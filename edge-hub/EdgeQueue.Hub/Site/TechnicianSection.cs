namespace EdgeQueue.Hub.Site;

/// <summary><c>technician</c>: the login of the local technician page <c>/devices</c>.</summary>
public sealed class TechnicianSection
{
    public string? Username { get; set; }

    public string? PasswordHash { get; set; }
}
