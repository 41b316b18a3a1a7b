namespace EdgeQueue.Central.Booking.Visits;

/// <summary>The channel and, for agents, the staff login (for the audit log; never personal data of residents).</summary>
public sealed record BookingActor(BookingChannel Channel, string? StaffLogin = null)
{
    public static BookingActor Resident { get; } = new(BookingChannel.Online);

    public static BookingActor AgentNamed(string login) => new(BookingChannel.Agent, login);
}
