namespace EdgeQueue.Central.Booking.Visits;

/// <summary>Who made or cancelled a booking.</summary>
public enum BookingChannel
{
    /// <summary>The resident on the web page, the API or a QR sticker link.</summary>
    Online,

    /// <summary>A call-centre agent on a caller's behalf (logged in).</summary>
    Agent,
}
