namespace EdgeQueue.Central.Booking.Api;

public sealed record LocationUpdate(string Name, string Address);
