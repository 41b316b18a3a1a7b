namespace EdgeQueue.Hardware.Printing;

/// <summary>The paper roll as the printer's sensors report it.</summary>
public enum PaperState
{
    /// <summary>The port cannot tell (for example a printer that does not answer status queries).</summary>
    Unknown,

    /// <summary>Paper present.</summary>
    Ok,

    /// <summary>The near-end sensor has tripped: a technician should bring a new roll.</summary>
    Low,

    /// <summary>The roll is empty; the printer stops.</summary>
    Out,
}
