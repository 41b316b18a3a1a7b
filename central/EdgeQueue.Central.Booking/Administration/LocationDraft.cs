namespace EdgeQueue.Central.Booking.Administration;

/// <param name="Id">The site id shared with the hall's edge hub: lower-case letters, digits and '-' (e.g. "poznan-libelta").</param>
public sealed record LocationDraft(string Id, string Name, string Address);
