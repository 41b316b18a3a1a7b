namespace EdgeQueue.Central.Booking.Catalogue;

/// <summary>Booking hours of a location on one weekday (local time, Europe/Warsaw). A weekday without an entry is closed.</summary>
public sealed record OpeningHours(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes);
