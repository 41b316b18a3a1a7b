namespace EdgeQueue.Central.Booking.Users;

/// <summary>Staff roles, stored on users and issued as role claims by the web host's login.</summary>
public static class BookingRoles
{
    /// <summary>Configures the catalogue, hours, capacities, users; sees the audit log.</summary>
    public const string Administrator = "administrator";

    /// <summary>Call-centre: books and cancels on a caller's behalf.</summary>
    public const string Agent = "agent";

    /// <summary>Installs and monitors the halls' devices (fleet view).</summary>
    public const string Technician = "technician";

    public static IReadOnlyList<string> All { get; } = [Administrator, Agent, Technician];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
