namespace EdgeQueue.Hardware.LedBoard;

/// <summary>An LED matrix board in the hall: it shows one picture of its size until the next.</summary>
public interface ILedBoard
{
    LedBoardLayout Layout { get; }

    void Show(LedImage image);
}
