namespace EdgeQueue.Testing.EscPos;

public enum EscPosCut
{
    None,
    Full,
    Partial,
}
