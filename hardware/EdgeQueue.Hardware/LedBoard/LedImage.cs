namespace EdgeQueue.Hardware.LedBoard;

/// <summary>A monochrome picture for an LED board: <see cref="Width"/> × <see cref="Height"/> pixels, lit or dark.</summary>
public sealed class LedImage
{
    private readonly bool[] _pixels;

    public LedImage(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        Width = width;
        Height = height;
        _pixels = new bool[width * height];
    }

    public int Width { get; }

    public int Height { get; }

    public bool this[int x, int y]
    {
        get => InRange(x, y) && _pixels[(y * Width) + x];
        set
        {
            if (InRange(x, y))
            {
                _pixels[(y * Width) + x] = value;
            }
        }
    }

    /// <summary>How many pixels are lit (a dark board: 0).</summary>
    public int LitCount => _pixels.Count(p => p);

    public bool SameAs(LedImage? other) => other is not null && other.Width == Width && other.Height == Height && other._pixels.AsSpan().SequenceEqual(_pixels);

    /// <summary>The picture as text, one line per row, '#' lit and '.' dark (test failures, logs).</summary>
    public string ToText() => string.Join('\n', Enumerable.Range(0, Height)
        .Select(y => new string([.. Enumerable.Range(0, Width).Select(x => this[x, y] ? '#' : '.')])));

    private bool InRange(int x, int y) => x >= 0 && x < Width && y >= 0 && y < Height;
}
