namespace EdgeQueue.Simulation.Printing;

public enum EscPosAlign
{
    Left = 0,
    Center = 1,
    Right = 2,
}
