namespace EdgeQueue.Central.SiteViews.Notifications;

/// <summary>
/// A resident's wish to get a message when at most <see cref="Ahead"/> people are ahead of the
/// ticket (or when it is called). Held in memory only and gone at <see cref="ExpiresAt"/> (the end of
/// the ticket's day) at the latest: the phone number is never written to disk.
/// </summary>
public sealed record TicketAlert(string Site, string Ticket, string Phone, int Ahead, DateTimeOffset ExpiresAt)
{
    public int Failures { get; init; }
}
