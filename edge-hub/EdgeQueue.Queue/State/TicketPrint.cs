namespace EdgeQueue.Queue.State;

/// <summary>What became of a ticket's paper, as the hub recorded it after printing (DESIGN.md §5 rule 2: one event id, one paper ticket).</summary>
public enum TicketPrint
{
    /// <summary>No print recorded: not printed by the hub (a keypad check-in), or the print has not finished.</summary>
    NotRecorded,

    Printed,

    /// <summary>The printer failed; a walk-in ticket is then void, a booked one waits for the next check-in to print it.</summary>
    NotPrinted,
}
