using EdgeQueue.Simulation.Printing;

namespace EdgeQueue.Hardware.Tests.Testing;

/// <summary>The shared test decoder must reject what a printer would not print as intended.</summary>
public sealed class EscPosDecoderTests
{
    [Fact]
    public void Decode_UnknownEscCommand_FailsWithItsOffset()
    {
        var error = Assert.Throws<FormatException>(() => EscPosDecoder.Decode([0x1B, 0x40, 0x1B, (byte)'Z', 1, 0x0A]));

        Assert.Contains("byte 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_TruncatedQrStore_Fails()
    {
        byte[] bytes = [0x1D, 0x28, 0x6B, 0x10, 0x00, 0x31, 0x50, 0x30, (byte)'h'];

        var error = Assert.Throws<FormatException>(() => EscPosDecoder.Decode(bytes));

        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_TextWithoutFinalLineFeed_Fails() =>
        Assert.Throws<FormatException>(() => EscPosDecoder.Decode("A017"u8));

    [Fact]
    public void Decode_SizeBoldAlignAndFeed_ApplyToTheFollowingLines()
    {
        byte[] bytes = [0x1B, 0x61, 1, 0x1B, 0x45, 1, 0x1D, 0x21, 0x11, (byte)'A', 0x0A, 0x1D, 0x21, 0x00, 0x1B, 0x64, 2, 0x1D, 0x56, 0x01];

        var document = EscPosDecoder.Decode(bytes);

        Assert.Equal(new EscPosLine("A", EscPosAlign.Center, true, 2, 2), document.Lines[0]);
        Assert.Equal(3, document.Lines.Count);
        Assert.Equal(EscPosCut.Partial, document.Cut);
    }
}
