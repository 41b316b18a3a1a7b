using EdgeQueue.Queue.Commands;
using FsCheck;
using FsCheck.Fluent;

namespace EdgeQueue.Queue.Tests.Properties;

/// <summary>
/// One random step of a hall's day: a button press (some with bad input: category Z, counter 9),
/// a booking from central, a check-in, a ticket's print outcome (some for tickets that do not
/// exist), or time passing (sometimes past midnight).
/// </summary>
public sealed record RandomOperation(int Kind, int A, int B)
{
    private static readonly string[] Categories = ["A", "B", "C", "Z"];
    private static readonly int[] Counters = [1, 2, 3, 9];
    private static readonly string[] Codes = ["K1", "K2", "K3", "K4", "K5"];

    public static Arbitrary<RandomOperation[]> Sequences { get; } = Arb.From(
        Gen.ArrayOf(Gen.Choose(0, 16).SelectMany(kind => Gen.Choose(0, 1000).SelectMany(a => Gen.Choose(0, 1000)
            .Select(b => new RandomOperation(kind, a, b))))));

    /// <summary>Time to let pass before the step (mostly short, now and then hours).</summary>
    public TimeSpan Pause => Kind == 15 ? TimeSpan.FromMinutes(A % 20 == 0 ? 600 + B : B % 90) : TimeSpan.FromSeconds(B % 120);

    public QueueCommand? ToCommand(DateTimeOffset now) => Kind switch
    {
        0 or 1 or 2 => new IssueTicket(Categories[A % 4]),
        3 => new CallNext(Counters[A % 4]),
        4 => new CallNext(Counters[A % 3]),
        5 => new Recall(Counters[A % 4]),
        6 => new NoShow(Counters[A % 3]),
        7 => new Done(Counters[A % 4]),
        8 => new Transfer(Counters[A % 3], Categories[B % 4]),
        9 => new OpenCounter(Counters[A % 4]),
        10 => new CloseCounter(Counters[A % 3]),
        11 => new CheckIn(Codes[A % 5]),
        12 => new SyncBooking(Codes[A % 5], Categories[B % 4], now.AddMinutes((A % 120) - 20), "Name " + A, 1 + (B % 4), Cancelled: B % 7 == 0),
        13 => new OpenCounter(Counters[A % 3]),
        14 => new CallNext(Counters[A % 3]),
        16 => new RecordPrint(1 + (A % 40), Printed: B % 3 != 0, "paper out"),
        _ => null,
    };
}
