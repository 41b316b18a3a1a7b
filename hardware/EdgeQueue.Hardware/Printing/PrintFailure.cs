namespace EdgeQueue.Hardware.Printing;

/// <summary>Why a ticket did not come out of the printer.</summary>
public enum PrintFailure
{
    /// <summary>The printer is unplugged, switched off, unreachable on the network or reports offline.</summary>
    PrinterOffline,

    /// <summary>The roll is empty.</summary>
    PaperOut,

    /// <summary>The paper cover is open.</summary>
    CoverOpen,

    /// <summary>The printer accepted the connection but did not finish in time.</summary>
    Timeout,

    /// <summary>The receipt itself cannot be printed (for example an over-long e-ticket address).</summary>
    InvalidReceipt,
}
