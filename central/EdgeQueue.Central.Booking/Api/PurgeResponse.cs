namespace EdgeQueue.Central.Booking.Api;

public sealed record PurgeResponse(int Purged);
