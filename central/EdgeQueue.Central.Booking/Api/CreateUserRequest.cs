namespace EdgeQueue.Central.Booking.Api;

public sealed record CreateUserRequest(string Login, string DisplayName, string Password, IReadOnlyList<string> Roles);
