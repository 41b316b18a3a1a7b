namespace EdgeQueue.Central.Booking.Slots;

/// <summary>A matter as offered at one location: what the slot rules need, read in one go.</summary>
internal sealed record MatterOffer(
    int MatterId,
    string MatterName,
    string QueueCategory,
    int VisitMinutes,
    int DepartmentId,
    string DepartmentName,
    string LocationId,
    string LocationName,
    string LocationAddress,
    int Counters,
    IReadOnlyDictionary<DayOfWeek, (int Opens, int Closes)> Hours);
