namespace EdgeQueue.Central.SiteViews.ETickets;

/// <summary>Where a ticket stands in its site's latest status.</summary>
public enum TicketPlace
{
    /// <summary>In its category's queue; position and estimate known.</summary>
    Waiting,

    /// <summary>Called to a counter now.</summary>
    Called,

    /// <summary>Neither waiting nor at a counter: served, removed, or not issued today.</summary>
    NotInQueue,

    /// <summary>Central has no status of the site yet.</summary>
    NoData,
}
