namespace EdgeQueue.Hub.Central;

/// <summary>The hub's link to central as <c>hub/state</c> and the technician page show it.</summary>
public enum CentralLinkState
{
    /// <summary>The site file has no <c>central</c> section: the hall runs alone.</summary>
    None,
    Down,
    Up,
}
