using System.Runtime.CompilerServices;

namespace EdgeQueue.Hardware.Gpio;

/// <summary>
/// Edges parsed from a stream of raw gpio_v2_line_event records — the line fd on a real chip, or
/// bytes a test writes. Reads may return any number of bytes; records are reassembled whole.
/// The sequence ends when the stream ends.
/// </summary>
public sealed class GpioEventStreamSource : IGpioEdgeSource
{
    private readonly Stream _stream;

    public GpioEventStreamSource(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
    }

    public async IAsyncEnumerable<GpioLineEvent> ReadEdgesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // The kernel hands out whole records; room for 16 lets one read drain a burst of bounces.
        var buffer = new byte[GpioLineEvent.Size * 16];
        var filled = 0;
        while (true)
        {
            var read = await _stream.ReadAsync(buffer.AsMemory(filled), cancellationToken);
            if (read == 0)
            {
                if (filled != 0)
                {
                    throw new EndOfStreamException($"The GPIO event stream ended inside a record ({filled} of {GpioLineEvent.Size} bytes).");
                }

                yield break;
            }

            filled += read;
            var whole = filled / GpioLineEvent.Size * GpioLineEvent.Size;
            for (var offset = 0; offset < whole; offset += GpioLineEvent.Size)
            {
                yield return GpioLineEvent.Parse(buffer.AsSpan(offset, GpioLineEvent.Size));
            }

            buffer.AsSpan(whole, filled - whole).CopyTo(buffer);
            filled -= whole;
        }
    }
}
