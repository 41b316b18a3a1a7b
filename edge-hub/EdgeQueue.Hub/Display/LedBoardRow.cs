namespace EdgeQueue.Hub.Display;

/// <summary>
/// One counter's row on the LED board: the ticket it serves (null: none), whether it is open,
/// whether that ticket was recalled, and whether the row is lit now (a fresh call blinks).
/// </summary>
public sealed record LedBoardRow(int Counter, string? Ticket, bool Open, bool Recalled, bool Lit);
