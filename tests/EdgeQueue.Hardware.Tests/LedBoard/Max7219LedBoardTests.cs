using EdgeQueue.Hardware.LedBoard;
using EdgeQueue.Simulation.LedBoard;

namespace EdgeQueue.Hardware.Tests.LedBoard;

/// <summary>The board through the bindings' Max7219 down to the SPI bytes, read back by the MAX7219 register map.</summary>
public sealed class Max7219LedBoardTests
{
    private static readonly LedBoardLayout TwoRowsOfFour = new(Rows: 2, ModulesPerRow: 4);

    [Fact]
    public void Constructor_Chain_EveryChipOutOfShutdownInMatrixModeAtTheBrightnessAsked()
    {
        var chain = new SimulatedMax7219Chain(8);

        using var board = new Max7219LedBoard(chain, TwoRowsOfFour, brightness: 11);

        Assert.True(chain.AllConfigured);
        Assert.All(Enumerable.Range(0, 8), chip => Assert.Equal(11, chain.Intensity(chip)));
        Assert.Equal(0, chain.Image(TwoRowsOfFour).LitCount);
    }

    [Fact]
    public void Show_TextOnTheSecondRow_ThoseVeryPixelsOnTheChips()
    {
        var chain = new SimulatedMax7219Chain(8);
        using var board = new Max7219LedBoard(chain, TwoRowsOfFour);
        var image = new LedImage(TwoRowsOfFour.Width, TwoRowsOfFour.Height);
        LedFont.Default.Draw(image, "A017>5", 1, 9);

        board.Show(image);

        var shown = chain.Image(TwoRowsOfFour);
        Assert.True(shown.SameAs(image), $"expected{Environment.NewLine}{image.ToText()}{Environment.NewLine}shown{Environment.NewLine}{shown.ToText()}");
        Assert.True(image.LitCount > 30);
    }

    [Fact]
    public void Show_PixelAtTheTopLeftOfTheSixthModule_SetsBitSevenOfItsFirstDigitRegister()
    {
        var chain = new SimulatedMax7219Chain(8);
        using var board = new Max7219LedBoard(chain, TwoRowsOfFour);
        var image = new LedImage(TwoRowsOfFour.Width, TwoRowsOfFour.Height) { [8, 8] = true };

        board.Show(image);

        var shown = chain.Image(new LedBoardLayout(Rows: 1, ModulesPerRow: 8));
        Assert.True(shown[5 * 8, 0], shown.ToText());
        Assert.Equal(1, shown.LitCount);
    }

    [Fact]
    public void Show_ImageOfAnotherSize_RefusedSayingBoth()
    {
        using var board = new Max7219LedBoard(new SimulatedMax7219Chain(8), TwoRowsOfFour);

        var error = Assert.Throws<ArgumentException>(() => board.Show(new LedImage(64, 8)));

        Assert.StartsWith("the board is 32×16 pixels, the image 64×8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dispose_Board_Dark()
    {
        var chain = new SimulatedMax7219Chain(8);
        var board = new Max7219LedBoard(chain, TwoRowsOfFour);
        var image = new LedImage(TwoRowsOfFour.Width, TwoRowsOfFour.Height);
        LedFont.Default.Draw(image, "B123", 0, 0);
        board.Show(image);

        board.Dispose();

        Assert.Equal(0, chain.Image(TwoRowsOfFour).LitCount);
    }
}
