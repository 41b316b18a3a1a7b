using System.Buffers.Binary;
using System.Text;
using EdgeQueue.Hardware.Gpio;

namespace EdgeQueue.Hardware.Tests.Gpio;

/// <summary>
/// Expected numbers are sizeof/offsetof and the ioctl request values printed by gcc from
/// /usr/include/linux/gpio.h (see hardware/README.md): req 592, cfg 272, attr 16, cattr 24,
/// event 48, values 16, chip info 68.
/// </summary>
public sealed class GpioV2AbiTests
{
    [Fact]
    public void StructSizes_MatchTheKernelHeader()
    {
        Assert.Equal(592, GpioV2Abi.LineRequestSize);
        Assert.Equal(272, GpioV2Abi.LineConfigSize);
        Assert.Equal(16, GpioV2Abi.LineAttributeSize);
        Assert.Equal(24, GpioV2Abi.ConfigAttributeSize);
        Assert.Equal(48, GpioV2Abi.LineEventSize);
        Assert.Equal(16, GpioV2Abi.LineValuesSize);
        Assert.Equal(68, GpioV2Abi.ChipInfoSize);
    }

    [Fact]
    public void RequestOffsets_MatchTheKernelHeader()
    {
        Assert.Equal(256, GpioV2Abi.RequestConsumerOffset);
        Assert.Equal(288, GpioV2Abi.RequestConfigOffset);
        Assert.Equal(560, GpioV2Abi.RequestNumLinesOffset);
        Assert.Equal(564, GpioV2Abi.RequestEventBufferSizeOffset);
        Assert.Equal(588, GpioV2Abi.RequestFdOffset);
        Assert.Equal(8, GpioV2Abi.ConfigNumAttrsOffset);
        Assert.Equal(32, GpioV2Abi.ConfigAttrsOffset);
    }

    [Fact]
    public void IoctlNumbers_MatchTheKernelHeader()
    {
        Assert.Equal((nuint)0xC250B407, GpioV2Abi.GetLineIoctl);
        Assert.Equal((nuint)0xC010B40F, GpioV2Abi.LineSetValuesIoctl);
        Assert.Equal((nuint)0xC010B40E, GpioV2Abi.LineGetValuesIoctl);
        Assert.Equal((nuint)0x8044B401, GpioV2Abi.GetChipInfoIoctl);
    }

    [Fact]
    public void LineRequest_ButtonInput_HasFlagsDebounceAndOneLine()
    {
        var options = new GpioInputOptions { Debounce = TimeSpan.FromMilliseconds(10) };

        var request = GpioV2Abi.LineRequest(17, "edgequeue-next", options.Flags, options.Debounce, null, 32);

        Assert.Equal(592, request.Length);
        Assert.Equal(17u, U32(request, 0));
        Assert.Equal("edgequeue-next", Encoding.ASCII.GetString(request, 256, 14));
        Assert.Equal(0, request[256 + 14]);
        // input | active low | both edges | pull-up
        Assert.Equal((1UL << 2) | (1UL << 1) | (1UL << 4) | (1UL << 5) | (1UL << 8), BinaryPrimitives.ReadUInt64LittleEndian(request.AsSpan(288)));
        Assert.Equal(1u, U32(request, 288 + 8));
        Assert.Equal(3u, U32(request, 288 + 32));
        Assert.Equal(10_000u, U32(request, 288 + 32 + 8));
        Assert.Equal(1UL, BinaryPrimitives.ReadUInt64LittleEndian(request.AsSpan(288 + 32 + 16)));
        Assert.Equal(1u, U32(request, 560));
        Assert.Equal(32u, U32(request, 564));
    }

    [Fact]
    public void LineRequest_Output_CarriesTheInitialValueAttribute()
    {
        var request = GpioV2Abi.LineRequest(4, "led", GpioLineFlags.Output, TimeSpan.Zero, true, 0);

        Assert.Equal(1UL << 3, BinaryPrimitives.ReadUInt64LittleEndian(request.AsSpan(288)));
        Assert.Equal(1u, U32(request, 288 + 8));
        Assert.Equal(2u, U32(request, 288 + 32));
        Assert.Equal(1UL, BinaryPrimitives.ReadUInt64LittleEndian(request.AsSpan(288 + 32 + 8)));
        Assert.Equal(1UL, BinaryPrimitives.ReadUInt64LittleEndian(request.AsSpan(288 + 32 + 16)));
    }

    [Fact]
    public void LineRequest_LongConsumer_IsCutWithATerminator()
    {
        var request = GpioV2Abi.LineRequest(0, new string('x', 50), GpioLineFlags.Input, TimeSpan.Zero, null, 0);

        Assert.Equal(new string('x', 31), Encoding.ASCII.GetString(request, 256, 31));
        Assert.Equal(0, request[256 + 31]);
    }

    [Fact]
    public void SingleLineValues_SetsBitZeroAndMask()
    {
        var values = GpioV2Abi.SingleLineValues(true);

        Assert.Equal(1UL, BinaryPrimitives.ReadUInt64LittleEndian(values));
        Assert.Equal(1UL, BinaryPrimitives.ReadUInt64LittleEndian(values.AsSpan(8)));
        Assert.True(GpioV2Abi.FirstLineValue(values));
        Assert.False(GpioV2Abi.FirstLineValue(GpioV2Abi.SingleLineValues(false)));
    }

    [Fact]
    public void ParseChipInfo_ReadsNameLabelAndLines()
    {
        var info = new byte[68];
        Encoding.ASCII.GetBytes("gpiochip0").CopyTo(info, 0);
        Encoding.ASCII.GetBytes("pinctrl-bcm2711").CopyTo(info, 32);
        BinaryPrimitives.WriteUInt32LittleEndian(info.AsSpan(64), 58);

        Assert.Equal(new GpioChipInfo("gpiochip0", "pinctrl-bcm2711", 58), GpioV2Abi.ParseChipInfo(info));
    }

    private static uint U32(byte[] bytes, int offset) => BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(offset));
}
