namespace EdgeQueue.Central.Booking.Api;

/// <summary>Names shared by the API endpoints and their OpenAPI document.</summary>
public static class BookingApi
{
    /// <summary>The OpenAPI document of the booking API, served at <c>{prefix}/openapi/booking.json</c>.</summary>
    public const string DocumentName = "booking";
}
