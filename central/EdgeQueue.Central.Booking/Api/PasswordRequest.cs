namespace EdgeQueue.Central.Booking.Api;

public sealed record PasswordRequest(string Password);
