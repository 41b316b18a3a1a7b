namespace EdgeQueue.Hardware.Audio;

/// <summary>
/// Cardinal numbers 0–999 in Polish, as the clip names an announcement joins: hundreds
/// (sto..dziewięćset), then tens (dwadzieścia..dziewięćdziesiąt) and units, or a single clip for
/// 0–19 (zero..dziewiętnaście). 17 → "siedemnaście", 117 → "sto siedemnaście",
/// 205 → "dwieście pięć", 340 → "trzysta czterdzieści".
/// </summary>
public static class PolishNumberWords
{
    private static readonly string[] Units =
    [
        "zero", "jeden", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć",
        "dziesięć", "jedenaście", "dwanaście", "trzynaście", "czternaście", "piętnaście", "szesnaście",
        "siedemnaście", "osiemnaście", "dziewiętnaście",
    ];

    private static readonly string[] Tens =
    [
        "", "", "dwadzieścia", "trzydzieści", "czterdzieści", "pięćdziesiąt", "sześćdziesiąt",
        "siedemdziesiąt", "osiemdziesiąt", "dziewięćdziesiąt",
    ];

    private static readonly string[] Hundreds =
    [
        "", "sto", "dwieście", "trzysta", "czterysta", "pięćset", "sześćset", "siedemset", "osiemset", "dziewięćset",
    ];

    /// <summary>The clip names of every number word: n0..n19, n20..n90, n100..n900.</summary>
    public static IEnumerable<string> AllClipNames =>
        Enumerable.Range(0, 20).Concat(Enumerable.Range(2, 8).Select(t => t * 10)).Concat(Enumerable.Range(1, 9).Select(h => h * 100))
            .Select(ClipName);

    /// <summary>Clip names for <paramref name="number"/>, e.g. 205 → n200, n5.</summary>
    public static IReadOnlyList<int> Parts(int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 999);
        if (number == 0)
        {
            return [0];
        }

        var parts = new List<int>(3);
        var hundreds = number / 100 * 100;
        var rest = number % 100;
        if (hundreds > 0)
        {
            parts.Add(hundreds);
        }

        if (rest is > 0 and < 20)
        {
            parts.Add(rest);
        }
        else if (rest >= 20)
        {
            parts.Add(rest / 10 * 10);
            if (rest % 10 > 0)
            {
                parts.Add(rest % 10);
            }
        }

        return parts;
    }

    public static IReadOnlyList<string> ClipNames(int number) => [.. Parts(number).Select(ClipName)];

    /// <summary>The words, e.g. 117 → "sto siedemnaście".</summary>
    public static string Words(int number) => string.Join(' ', Parts(number).Select(Word));

    public static string ClipName(int part) => $"n{part}";

    private static string Word(int part) => part switch
    {
        < 20 => Units[part],
        < 100 => Tens[part / 10],
        _ => Hundreds[part / 100],
    };
}
