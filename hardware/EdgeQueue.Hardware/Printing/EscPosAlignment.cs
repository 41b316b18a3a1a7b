namespace EdgeQueue.Hardware.Printing;

/// <summary>The n of ESC a n.</summary>
public enum EscPosAlignment : byte
{
    Left = 0,
    Center = 1,
    Right = 2,
}
