namespace EdgeQueue.Central.Booking.Users;

/// <summary>A staff account (never a resident). The password hash stays inside the store.</summary>
public sealed record StaffUser(int Id, string Login, string DisplayName, IReadOnlyList<string> Roles, bool Active, DateTimeOffset CreatedAt)
{
    public bool IsInRole(string role) => Roles.Contains(role, StringComparer.Ordinal);
}
