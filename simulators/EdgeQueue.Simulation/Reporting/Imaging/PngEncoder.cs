using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace EdgeQueue.Simulation.Reporting.Imaging;

/// <summary>
/// Writes a <see cref="Raster"/> as a PNG (8-bit RGB, no filter, zlib-deflated IDAT), so reports
/// and ticket renders need no imaging library.
/// </summary>
public static class PngEncoder
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static byte[] Encode(Raster raster)
    {
        ArgumentNullException.ThrowIfNull(raster);
        using var output = new MemoryStream();
        output.Write(Signature);

        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, raster.Width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], raster.Height);
        header[8] = 8; // bit depth
        header[9] = 2; // colour type: truecolour
        header[10] = 0; // compression: deflate
        header[11] = 0; // filter method
        header[12] = 0; // no interlace
        WriteChunk(output, "IHDR", header);
        WriteChunk(output, "IDAT", Deflate(raster));
        WriteChunk(output, "IEND", []);
        return output.ToArray();
    }

    private static byte[] Deflate(Raster raster)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            var stride = raster.Width * 3;
            var pixels = raster.Pixels;
            for (var row = 0; row < raster.Height; row++)
            {
                zlib.WriteByte(0); // filter type None for this scanline
                zlib.Write(pixels.Slice(row * stride, stride));
            }
        }

        return compressed.ToArray();
    }

    private static void WriteChunk(Stream output, string type, ReadOnlySpan<byte> data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        output.Write(word);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        output.Write(typeBytes);
        output.Write(data);
        var crc = Crc32.Update(Crc32.Update(0xFFFFFFFFu, typeBytes), data) ^ 0xFFFFFFFFu;
        BinaryPrimitives.WriteUInt32BigEndian(word, crc);
        output.Write(word);
    }
}
