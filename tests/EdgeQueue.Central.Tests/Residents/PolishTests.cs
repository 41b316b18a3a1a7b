using EdgeQueue.Central.Residents;

namespace EdgeQueue.Central.Tests.Residents;

public sealed class PolishTests
{
    [Theory]
    [InlineData(1, "sprawa")]
    [InlineData(2, "sprawy")]
    [InlineData(4, "sprawy")]
    [InlineData(5, "spraw")]
    [InlineData(12, "spraw")]
    [InlineData(14, "spraw")]
    [InlineData(22, "sprawy")]
    [InlineData(25, "spraw")]
    [InlineData(0, "spraw")]
    public void Plural_Count_AgreesLikePolish(int count, string expected) =>
        Assert.Equal(expected, Polish.Plural(count, "sprawa", "sprawy", "spraw"));

    [Theory]
    [InlineData(512, "512 B")]
    [InlineData(2048, "2 KB")]
    [InlineData(1536, "1,5 KB")]
    [InlineData(3 * 1024 * 1024, "3 MB")]
    public void Size_Bytes_ReadsInPolishFormat(long bytes, string expected) => Assert.Equal(expected, Polish.Size(bytes));
}
