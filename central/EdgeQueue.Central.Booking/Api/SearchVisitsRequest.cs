namespace EdgeQueue.Central.Booking.Api;

/// <summary>Call-centre search for a caller's active visits.</summary>
public sealed record SearchVisitsRequest(string Pesel);
