namespace EdgeQueue.Central.Booking;

/// <summary>
/// Rate-limiter policy names registered by <c>AddCentralBooking</c>: posts per client IP, or per user
/// for logged-in staff; GET, HEAD and OPTIONS are never limited. The host must call
/// <c>app.UseRateLimiter()</c> after <c>UseAuthentication()</c>; pages posting bookings use
/// <c>[EnableRateLimiting(Booking)]</c>.
/// </summary>
public static class BookingRateLimits
{
    public const string Booking = "booking";

    public const string Cancellation = "cancellation";
}
