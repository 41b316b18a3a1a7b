namespace EdgeQueue.Queue.Configuration;

/// <summary>How a counter chooses among the walk-ins of the categories it serves.</summary>
public enum CallPolicy
{
    /// <summary>The walk-in who has waited longest across all the counter's categories.</summary>
    LongestWait,

    /// <summary>The first of the counter's categories (in its order) that has anyone waiting.</summary>
    StrictOrder,
}
