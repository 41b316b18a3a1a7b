namespace EdgeQueue.Queue.Configuration;

/// <summary>Finds a time zone by IANA id (tzdata on Linux) without throwing.</summary>
public static class TimeZoneResolver
{
    public static TimeZoneInfo? TryFind(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            return null;
        }
        catch (InvalidTimeZoneException)
        {
            return null;
        }
    }
}
