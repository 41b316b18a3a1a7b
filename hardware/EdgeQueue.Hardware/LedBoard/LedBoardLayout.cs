namespace EdgeQueue.Hardware.LedBoard;

/// <summary>
/// How a chain of 8×8 MAX7219 modules hangs: <see cref="Rows"/> rows of <see cref="ModulesPerRow"/>
/// modules, chained row by row from the top left (module 0 is the one wired to the Pi).
/// </summary>
public sealed record LedBoardLayout(int Rows, int ModulesPerRow)
{
    public const int ModuleSize = 8;

    public int Modules => Rows * ModulesPerRow;

    public int Width => ModulesPerRow * ModuleSize;

    public int Height => Rows * ModuleSize;
}
