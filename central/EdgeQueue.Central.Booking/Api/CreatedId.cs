namespace EdgeQueue.Central.Booking.Api;

/// <summary>The id of something an administrator created.</summary>
public sealed record CreatedId<T>(T Id);
