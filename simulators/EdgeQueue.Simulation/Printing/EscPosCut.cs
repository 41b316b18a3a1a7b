namespace EdgeQueue.Simulation.Printing;

public enum EscPosCut
{
    None,
    Full,
    Partial,
}
