using EdgeQueue.Hardware.Native;

namespace EdgeQueue.Hardware.Gpio;

/// <summary>
/// Read-only stream over a line request fd. Each read waits with poll() in short slices so a
/// cancelled reader returns promptly, then read()s whole gpio_v2_line_event records.
/// </summary>
internal sealed class GpioLineFdStream(FileDescriptor line) : Stream
{
    private const int PollSliceMs = 200;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => ReadCore(buffer.AsSpan(offset, count), CancellationToken.None);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        new(Task.Factory.StartNew(() => ReadCore(buffer.Span, cancellationToken), cancellationToken,
            TaskCreationOptions.LongRunning, TaskScheduler.Default));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private unsafe int ReadCore(Span<byte> buffer, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var poll = new LibC.PollFd { Fd = line.Fd, Events = LibC.PollIn };
            var ready = LibC.Poll(&poll, 1, PollSliceMs);
            if (ready < 0)
            {
                if (System.Runtime.InteropServices.Marshal.GetLastPInvokeError() == LibC.EIntr)
                {
                    continue;
                }

                throw new IOException($"poll on the GPIO line failed: {LibC.LastError()}");
            }

            if (ready == 0)
            {
                continue;
            }

            fixed (byte* destination = buffer)
            {
                var read = LibC.Read(line.Fd, destination, (nuint)buffer.Length);
                if (read < 0)
                {
                    var errno = System.Runtime.InteropServices.Marshal.GetLastPInvokeError();
                    if (errno is LibC.EIntr or LibC.EAgain)
                    {
                        continue;
                    }

                    throw new IOException($"read of GPIO line events failed: {LibC.LastError()}");
                }

                return (int)read;
            }
        }
    }
}
