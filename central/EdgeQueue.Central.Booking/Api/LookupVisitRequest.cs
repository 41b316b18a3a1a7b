namespace EdgeQueue.Central.Booking.Api;

/// <summary>"Sprawdź wizytę": code + PESEL in the body (never in a URL, which ends up in logs).</summary>
public sealed record LookupVisitRequest(string Code, string Pesel);
