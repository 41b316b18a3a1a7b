namespace EdgeQueue.Testing.EscPos;

public enum EscPosAlign
{
    Left = 0,
    Center = 1,
    Right = 2,
}
