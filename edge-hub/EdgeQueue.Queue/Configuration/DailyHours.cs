namespace EdgeQueue.Queue.Configuration;

/// <summary>Opening hours of one weekday, in the site's local time; <see cref="Close"/> is exclusive.</summary>
public sealed record DailyHours(TimeOnly Open, TimeOnly Close)
{
    public bool Contains(TimeOnly localTime) => localTime >= Open && localTime < Close;
}
