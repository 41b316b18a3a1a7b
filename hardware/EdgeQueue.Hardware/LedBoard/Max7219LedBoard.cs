using System.Device.Spi;
using Iot.Device.Max7219;

namespace EdgeQueue.Hardware.LedBoard;

/// <summary>
/// A board of cascaded MAX7219 8×8 modules on SPI, through the bindings' <see cref="Max7219"/>:
/// module <c>k</c> (0 nearest the Pi) shows the pixels of its place in the <see cref="LedBoardLayout"/>,
/// digit register <c>r</c> its pixel row <c>r</c>, bit 7 its leftmost column. Modules mounted the
/// other way round take the bindings' <see cref="RotationType"/>.
/// </summary>
public sealed class Max7219LedBoard : ILedBoard, IDisposable
{
    private readonly Max7219 _chain;

    /// <param name="brightness">0-15, the MAX7219's intensity register.</param>
    public Max7219LedBoard(SpiDevice spi, LedBoardLayout layout, RotationType rotation = RotationType.None, int brightness = 8)
    {
        ArgumentNullException.ThrowIfNull(spi);
        ArgumentNullException.ThrowIfNull(layout);
        Layout = layout;
        _chain = new Max7219(spi, layout.Modules, rotation);
        _chain.Init();
        _chain.Brightness(brightness);
    }

    public LedBoardLayout Layout { get; }

    public void Show(LedImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (image.Width != Layout.Width || image.Height != Layout.Height)
        {
            throw new ArgumentException($"the board is {Layout.Width}×{Layout.Height} pixels, the image {image.Width}×{image.Height}", nameof(image));
        }

        for (var module = 0; module < Layout.Modules; module++)
        {
            var left = module % Layout.ModulesPerRow * LedBoardLayout.ModuleSize;
            var top = module / Layout.ModulesPerRow * LedBoardLayout.ModuleSize;
            for (var row = 0; row < LedBoardLayout.ModuleSize; row++)
            {
                byte bits = 0;
                for (var column = 0; column < LedBoardLayout.ModuleSize; column++)
                {
                    if (image[left + column, top + row])
                    {
                        bits |= (byte)(0x80 >> column);
                    }
                }

                _chain[module, row] = bits;
            }
        }

        _chain.Flush();
    }

    public void Dispose()
    {
        _chain.ClearAll();
        _chain.Dispose();
    }
}
