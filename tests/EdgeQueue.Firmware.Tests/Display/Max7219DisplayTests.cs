using EdgeQueue.Firmware.Core.Display;
using EdgeQueue.Firmware.Tests.Fakes;

namespace EdgeQueue.Firmware.Tests.Display;

/// <summary>The frames the MAX7219 gets, against the datasheet's register map and no-decode segment order (DP A B C D E F G).</summary>
public sealed class Max7219DisplayTests
{
    // No-decode patterns of the datasheet's table: "0" = A B C D E F, "1" = B C, "7" = A B C.
    private const byte Zero = 0x7E;
    private const byte One = 0x30;
    private const byte Seven = 0x70;
    private const byte LetterA = 0x77;
    private const byte Minus = 0x01;

    private static readonly (byte, byte)[] Init =
    [
        (0x0F, 0x00), // display test off
        (0x0B, 0x07), // scan limit: all eight digits
        (0x09, 0x00), // no decode: the project's own font
        (0x0A, 0x08), // intensity for the default 50 %
        (0x0C, 0x00), // stay shut down while the digits are cleared
        (0x08, 0x00), (0x07, 0x00), (0x06, 0x00), (0x05, 0x00), (0x04, 0x00), (0x03, 0x00), (0x02, 0x00), (0x01, 0x00),
    ];

    [Fact]
    public void Show_FirstText_InitialisesChipWritesDigitsLeftToRightThenLeavesShutdown()
    {
        var bus = new RecordingMax7219Bus();
        var display = new Max7219Display(bus);

        display.Show("A017  05");

        (byte, byte)[] expected =
        [
            .. Init,
            (0x08, LetterA), (0x07, Zero), (0x06, One), (0x05, Seven), (0x02, Zero), (0x01, 0x5B), // "5" = A C D F G
            (0x0C, 0x01),
        ];
        Assert.Equal(expected, bus.Frames.Select(f => (f.Register, f.Data)));
        Assert.True(display.IsLit);
    }

    [Fact]
    public void Show_SameTextAgain_WritesNothing()
    {
        var bus = new RecordingMax7219Bus();
        var display = new Max7219Display(bus);
        display.Show("A017");
        bus.Frames.Clear();

        display.Show("A017");

        Assert.Empty(bus.Frames);
    }

    [Fact]
    public void Show_AnotherText_WritesOnlyTheDigitsThatChanged()
    {
        var bus = new RecordingMax7219Bus();
        var display = new Max7219Display(bus);
        display.Show("A017");
        bus.Frames.Clear();

        display.Show("A011");

        Assert.Equal([(0x05, One)], bus.Frames.Select(f => (f.Register, f.Data)));
    }

    [Fact]
    public void Darken_WhileLit_OneShutdownFrameAndShowingAgainOneWakeFrame()
    {
        var bus = new RecordingMax7219Bus();
        var display = new Max7219Display(bus);
        display.Show("----");
        bus.Frames.Clear();

        display.Darken();
        display.Darken();
        Assert.False(display.IsLit);
        display.Show("----");

        Assert.Equal([(0x0C, 0x00), (0x0C, 0x01)], bus.Frames.Select(f => (f.Register, f.Data)));
    }

    [Fact]
    public void Darken_BeforeAnything_InitialisesAndStaysShutDown()
    {
        var bus = new RecordingMax7219Bus();

        new Max7219Display(bus).Darken();

        Assert.Equal(Init, bus.Frames.Select(f => (f.Register, f.Data)));
    }

    [Fact]
    public void SetBrightness_AfterInit_WritesIntensityRegister()
    {
        var bus = new RecordingMax7219Bus();
        var display = new Max7219Display(bus);
        display.Show("-");
        bus.Frames.Clear();

        display.SetBrightness(80);

        Assert.Equal([(0x0A, 12)], bus.Frames.Select(f => (f.Register, f.Data)));
        Assert.Equal(Minus, SegmentFont.ToMax7219(SegmentFont.Encode('-')));
    }

    [Fact]
    public void SetBrightness_BeforeInit_NoFrameButInitUsesIt()
    {
        var bus = new RecordingMax7219Bus();
        var display = new Max7219Display(bus);

        display.SetBrightness(100);
        Assert.Empty(bus.Frames);
        display.Show("A");

        Assert.Contains(((byte)0x0A, (byte)15), bus.Frames.Select(f => (f.Register, f.Data)));
        Assert.DoesNotContain(((byte)0x0A, (byte)8), bus.Frames.Select(f => (f.Register, f.Data)));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(3, 0)]
    [InlineData(4, 1)]
    [InlineData(50, 8)]
    [InlineData(100, 15)]
    [InlineData(250, 15)]
    public void IntensityFor_Percent_SixteenSteps(int percent, int intensity)
    {
        Assert.Equal(intensity, Max7219Display.IntensityFor(percent));
    }

    [Theory]
    [InlineData('0', Zero)]
    [InlineData('7', Seven)]
    [InlineData('b', 0x1F)] // C D E F G
    [InlineData('.', 0x80)] // DP stays bit 7
    public void ToMax7219_FontPattern_MirrorsSegmentsAToG(char c, byte expected)
    {
        Assert.Equal(expected, SegmentFont.ToMax7219(SegmentFont.Encode(c)));
    }
}
