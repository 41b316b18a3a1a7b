using EdgeQueue.Hardware.LedBoard;
using EdgeQueue.Hub.Display;

namespace EdgeQueue.Hub.Tests.Display;

public sealed class LedBoardPictureTests
{
    private static readonly LedBoardLayout FourWide = new(Rows: 1, ModulesPerRow: 4);

    [Theory]
    [InlineData("A017", 5, false, "A017>5")]
    [InlineData("A017", 5, true, "A017>5*")]
    [InlineData("A017", 12, false, "A017>12")]
    [InlineData("A017", 20, false, "A017 20")]
    [InlineData("A017", 12, true, "A017>12")]
    public void Draw_TicketAtACounter_TheFullestTextThatFits(string ticket, int counter, bool recalled, string drawn)
    {
        var picture = LedBoardPicture.Draw(FourWide, [new LedBoardRow(counter, ticket, Open: true, recalled, Lit: true)]);

        Assert.True(picture.SameAs(Text(drawn, 0)), picture.ToText());
    }

    [Fact]
    public void Draw_ClosedOrBlinkedOff_Dark()
    {
        var closed = LedBoardPicture.Draw(FourWide, [new LedBoardRow(1, "A001", Open: false, Recalled: false, Lit: true)]);
        var off = LedBoardPicture.Draw(FourWide, [new LedBoardRow(1, "A001", Open: true, Recalled: false, Lit: false)]);

        Assert.Equal(0, closed.LitCount);
        Assert.Equal(0, off.LitCount);
    }

    private static LedImage Text(string text, int x)
    {
        var image = new LedImage(FourWide.Width, FourWide.Height);
        LedFont.Default.Draw(image, text, x, 0);
        return image;
    }
}
