using System.Globalization;

namespace EdgeQueue.Central.Residents;

/// <summary>Polish number agreement and sizes for page text.</summary>
public static class Polish
{
    /// <summary>1 sprawa, 2–4 sprawy, 5–21 spraw, 22–24 sprawy…</summary>
    public static string Plural(int count, string one, string few, string many)
    {
        if (count == 1)
        {
            return one;
        }

        var lastDigit = count % 10;
        var lastTwo = count % 100;
        return lastDigit is >= 2 and <= 4 && lastTwo is < 12 or > 14 ? few : many;
    }

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.GetCultureInfo("pl-PL"), $"{bytes} B"),
        < 1024 * 1024 => string.Create(CultureInfo.GetCultureInfo("pl-PL"), $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.GetCultureInfo("pl-PL"), $"{bytes / 1024.0 / 1024.0:0.#} MB"),
    };
}
