namespace EdgeQueue.Central.Booking.Api;

public sealed record ActiveRequest(bool Active);
