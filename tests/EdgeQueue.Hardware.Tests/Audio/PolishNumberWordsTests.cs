using EdgeQueue.Hardware.Audio;

namespace EdgeQueue.Hardware.Tests.Audio;

public sealed class PolishNumberWordsTests
{
    [Theory]
    [InlineData(0, "zero")]
    [InlineData(5, "pięć")]
    [InlineData(10, "dziesięć")]
    [InlineData(17, "siedemnaście")]
    [InlineData(19, "dziewiętnaście")]
    [InlineData(20, "dwadzieścia")]
    [InlineData(21, "dwadzieścia jeden")]
    [InlineData(40, "czterdzieści")]
    [InlineData(99, "dziewięćdziesiąt dziewięć")]
    [InlineData(100, "sto")]
    [InlineData(101, "sto jeden")]
    [InlineData(117, "sto siedemnaście")]
    [InlineData(205, "dwieście pięć")]
    [InlineData(340, "trzysta czterdzieści")]
    [InlineData(512, "pięćset dwanaście")]
    [InlineData(999, "dziewięćset dziewięćdziesiąt dziewięć")]
    public void Words_Number_IsCorrectPolish(int number, string words) =>
        Assert.Equal(words, PolishNumberWords.Words(number));

    [Theory]
    [InlineData(117, new[] { "n100", "n17" })]
    [InlineData(205, new[] { "n200", "n5" })]
    [InlineData(0, new[] { "n0" })]
    [InlineData(870, new[] { "n800", "n70" })]
    public void ClipNames_Number_ArePartsInSpokenOrder(int number, string[] clips) =>
        Assert.Equal(clips, PolishNumberWords.ClipNames(number));

    [Fact]
    public void ClipNames_EveryNumber0To999_UsesOnlyTheThirtySevenNumberClips()
    {
        var all = PolishNumberWords.AllClipNames.ToHashSet();

        Assert.Equal(37, all.Count);
        Assert.All(Enumerable.Range(0, 1000), n => Assert.Subset(all, PolishNumberWords.ClipNames(n).ToHashSet()));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1000)]
    public void Parts_OutOfRange_Throws(int number) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PolishNumberWords.Parts(number));
}
