namespace EdgeQueue.Central.Booking.Users;

/// <summary>
/// Authorization policy names registered by <c>AddCentralBooking</c>. Each requires an authenticated
/// user with the role of the same name; an administrator satisfies all three.
/// </summary>
public static class BookingPolicies
{
    public const string Administrator = BookingRoles.Administrator;

    public const string Agent = BookingRoles.Agent;

    public const string Technician = BookingRoles.Technician;
}
