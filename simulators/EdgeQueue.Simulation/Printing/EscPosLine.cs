namespace EdgeQueue.Simulation.Printing;

/// <summary>One printed line of text with the modes in force when it was printed.</summary>
public sealed record EscPosLine(string Text, EscPosAlign Align, bool Bold, int Width, int Height)
{
    public override string ToString() => $"[{Align} {(Bold ? "bold " : string.Empty)}{Width}x{Height}] {Text}";
}
