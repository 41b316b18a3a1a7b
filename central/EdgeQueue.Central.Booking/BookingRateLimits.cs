namespace EdgeQueue.Central.Booking;

/// <summary>
/// Rate-limiter policy names registered by <c>AddCentralBooking</c> (per client IP). The host must
/// call <c>app.UseRateLimiter()</c>; pages posting bookings use <c>RequireRateLimiting(Booking)</c>.
/// </summary>
public static class BookingRateLimits
{
    public const string Booking = "booking";

    public const string Cancellation = "cancellation";
}
