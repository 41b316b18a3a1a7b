namespace EdgeQueue.Central.Booking.Api;

public sealed record RolesRequest(IReadOnlyList<string> Roles);
