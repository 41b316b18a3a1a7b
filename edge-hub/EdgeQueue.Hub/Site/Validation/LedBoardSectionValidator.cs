using EdgeQueue.Hardware.LedBoard;
using EdgeQueue.Queue.Configuration;
using Iot.Device.Max7219;

namespace EdgeQueue.Hub.Site.Validation;

/// <summary>LED board: an SPI device, a chain that divides into its rows, known counters, one per row at most.</summary>
internal sealed class LedBoardSectionValidator(SiteProblems problems)
{
    public LedBoardSettings? Build(LedBoardSection? section, IReadOnlyList<CounterDefinition> counters)
    {
        if (section is null)
        {
            return null;
        }

        var bus = section.Spi?.Bus ?? 0;
        var cs = section.Spi?.Cs ?? 0;
        if (bus is < 0 or > 6 || cs is < 0 or > 3)
        {
            problems.Add($"ledBoard.spi: bus {bus}, cs {cs} is not an SPI device of a Pi (/dev/spidev0.0 … spidev6.3)");
        }

        if (section.Capture is not null && section.Spi is not null)
        {
            problems.Add("ledBoard: give spi (the board) or capture (a file for a demo), not both");
        }

        var modules = section.Modules ?? 0;
        var rows = section.Rows ?? 1;
        if (modules is < 1 or > 64)
        {
            problems.Add($"ledBoard.modules: {modules} must be 1-64 (the MAX7219 modules in the chain)");
        }
        else if (rows < 1 || modules % rows != 0)
        {
            problems.Add($"ledBoard.rows: {rows} rows do not divide {modules} modules evenly");
        }

        RotationType? rotation = (section.Rotation ?? "none") switch
        {
            "none" => RotationType.None,
            "half" => RotationType.Half,
            "left" => RotationType.Left,
            "right" => RotationType.Right,
            _ => null,
        };
        if (rotation is null)
        {
            problems.Add($"ledBoard.rotation: '{section.Rotation}' must be none, half, left or right");
        }

        var brightness = section.Brightness ?? 8;
        if (brightness is < 0 or > 15)
        {
            problems.Add($"ledBoard.brightness: {brightness} must be 0-15");
        }

        var shown = section.Counters ?? [.. counters.Select(c => c.Number).Take(Math.Max(rows, 1))];
        foreach (var unknown in shown.Where(n => counters.All(c => c.Number != n)))
        {
            problems.Add($"ledBoard.counters: counter {unknown} is not in counters");
        }

        if (shown.Count > rows)
        {
            problems.Add($"ledBoard.counters: {shown.Count} counters for {rows} rows");
        }

        return new LedBoardSettings(bus, cs, new LedBoardLayout(Math.Max(rows, 1), Math.Max(modules, 1) / Math.Max(rows, 1)),
            rotation ?? RotationType.None, brightness, shown, section.Capture);
    }
}
