using System.Buffers.Binary;
using System.Text;

namespace EdgeQueue.Hardware.Gpio;

/// <summary>
/// The GPIO character device uAPI v2 (include/uapi/linux/gpio.h) as byte layouts. Every field is
/// fixed-width and 64-bit fields are __aligned_u64, so the layout is the same on arm64, armhf and
/// x86_64; the sizes and offsets here match sizeof/offsetof printed by gcc from the header.
/// </summary>
internal static class GpioV2Abi
{
    public const int MaxNameSize = 32;
    public const int LinesMax = 64;
    public const int NumAttrsMax = 10;

    // struct gpio_v2_line_attribute { u32 id; u32 padding; union { u64 flags; u64 values; u32 debounce_period_us; } }
    public const int LineAttributeSize = 16;

    // struct gpio_v2_line_config_attribute { gpio_v2_line_attribute attr; u64 mask; }
    public const int ConfigAttributeSize = 24;

    // struct gpio_v2_line_config { u64 flags; u32 num_attrs; u32 padding[5]; config_attribute attrs[10]; }
    public const int ConfigFlagsOffset = 0;
    public const int ConfigNumAttrsOffset = 8;
    public const int ConfigAttrsOffset = 32;
    public const int LineConfigSize = ConfigAttrsOffset + (NumAttrsMax * ConfigAttributeSize);

    // struct gpio_v2_line_request { u32 offsets[64]; char consumer[32]; line_config config;
    //                               u32 num_lines; u32 event_buffer_size; u32 padding[5]; s32 fd; }
    public const int RequestConsumerOffset = LinesMax * 4;
    public const int RequestConfigOffset = RequestConsumerOffset + MaxNameSize;
    public const int RequestNumLinesOffset = RequestConfigOffset + LineConfigSize;
    public const int RequestEventBufferSizeOffset = RequestNumLinesOffset + 4;
    public const int RequestFdOffset = RequestEventBufferSizeOffset + 4 + (5 * 4);
    public const int LineRequestSize = RequestFdOffset + 4;

    // struct gpio_v2_line_values { u64 bits; u64 mask; }
    public const int LineValuesSize = 16;

    // struct gpio_v2_line_event { u64 timestamp_ns; u32 id; u32 offset; u32 seqno; u32 line_seqno; u32 padding[6]; }
    public const int LineEventSize = 48;

    // struct gpiochip_info { char name[32]; char label[32]; u32 lines; }
    public const int ChipInfoSize = (2 * MaxNameSize) + 4;

    public const uint AttrIdFlags = 1;
    public const uint AttrIdOutputValues = 2;
    public const uint AttrIdDebounce = 3;

    public static readonly nuint GetChipInfoIoctl = IoctlRead(0x01, ChipInfoSize);
    public static readonly nuint GetLineIoctl = IoctlReadWrite(0x07, LineRequestSize);
    public static readonly nuint LineGetValuesIoctl = IoctlReadWrite(0x0E, LineValuesSize);
    public static readonly nuint LineSetValuesIoctl = IoctlReadWrite(0x0F, LineValuesSize);

    /// <summary>
    /// Fills a gpio_v2_line_request for one line: flags for every line, an optional debounce
    /// attribute and, for outputs, an output-values attribute.
    /// </summary>
    public static byte[] LineRequest(uint lineOffset, string consumer, GpioLineFlags flags, TimeSpan debounce, bool? outputValue, uint eventBufferSize)
    {
        var request = new byte[LineRequestSize];
        var span = request.AsSpan();
        BinaryPrimitives.WriteUInt32LittleEndian(span, lineOffset);
        var label = Encoding.ASCII.GetBytes(consumer);
        label.AsSpan(0, Math.Min(label.Length, MaxNameSize - 1)).CopyTo(span[RequestConsumerOffset..]);

        var config = span.Slice(RequestConfigOffset, LineConfigSize);
        BinaryPrimitives.WriteUInt64LittleEndian(config[ConfigFlagsOffset..], (ulong)flags);
        var attributes = 0;
        if (debounce > TimeSpan.Zero)
        {
            WriteAttribute(config, attributes++, AttrIdDebounce, checked((uint)(debounce.Ticks / 10)));
        }

        if (outputValue is { } value)
        {
            WriteAttribute(config, attributes++, AttrIdOutputValues, value ? 1UL : 0UL);
        }

        BinaryPrimitives.WriteUInt32LittleEndian(config[ConfigNumAttrsOffset..], (uint)attributes);
        BinaryPrimitives.WriteUInt32LittleEndian(span[RequestNumLinesOffset..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(span[RequestEventBufferSizeOffset..], eventBufferSize);
        return request;
    }

    /// <summary>The fd the kernel wrote back into a line request.</summary>
    public static int RequestFd(ReadOnlySpan<byte> request) => BinaryPrimitives.ReadInt32LittleEndian(request[RequestFdOffset..]);

    /// <summary>Values and mask of a single-line request: the line is bit 0.</summary>
    public static byte[] SingleLineValues(bool value)
    {
        var values = new byte[LineValuesSize];
        BinaryPrimitives.WriteUInt64LittleEndian(values, value ? 1UL : 0UL);
        BinaryPrimitives.WriteUInt64LittleEndian(values.AsSpan(8), 1UL);
        return values;
    }

    public static bool FirstLineValue(ReadOnlySpan<byte> values) => (BinaryPrimitives.ReadUInt64LittleEndian(values) & 1) == 1;

    public static GpioChipInfo ParseChipInfo(ReadOnlySpan<byte> info) => new(
        CString(info[..MaxNameSize]),
        CString(info.Slice(MaxNameSize, MaxNameSize)),
        (int)BinaryPrimitives.ReadUInt32LittleEndian(info[(2 * MaxNameSize)..]));

    /// <summary>One config attribute applied to line 0 (mask bit 0). Debounce is a u32 in the union's first bytes.</summary>
    private static void WriteAttribute(Span<byte> config, int index, uint id, ulong value)
    {
        var attribute = config.Slice(ConfigAttrsOffset + (index * ConfigAttributeSize), ConfigAttributeSize);
        BinaryPrimitives.WriteUInt32LittleEndian(attribute, id);
        if (id == AttrIdDebounce)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(attribute[8..], (uint)value);
        }
        else
        {
            BinaryPrimitives.WriteUInt64LittleEndian(attribute[8..], value);
        }

        BinaryPrimitives.WriteUInt64LittleEndian(attribute[LineAttributeSize..], 1UL);
    }

    private static string CString(ReadOnlySpan<byte> bytes)
    {
        var end = bytes.IndexOf((byte)0);
        return Encoding.ASCII.GetString(end < 0 ? bytes : bytes[..end]);
    }

    // asm-generic/ioctl.h: dir << 30 | size << 16 | type << 8 | nr, type 0xB4 for GPIO.
    private static nuint IoctlRead(uint nr, int size) => (nuint)((2u << 30) | ((uint)size << 16) | (0xB4u << 8) | nr);

    private static nuint IoctlReadWrite(uint nr, int size) => (nuint)((3u << 30) | ((uint)size << 16) | (0xB4u << 8) | nr);
}
