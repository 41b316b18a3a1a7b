using Microsoft.Win32.SafeHandles;

namespace EdgeQueue.Hardware.Native;

/// <summary>A Linux file descriptor closed exactly once.</summary>
internal sealed class FileDescriptor : SafeHandleMinusOneIsInvalid
{
    public FileDescriptor(int fd)
        : base(ownsHandle: true) => SetHandle(fd);

    public int Fd => (int)handle;

    /// <summary>Opens a device file; throws <see cref="IOException"/> naming the path and the errno.</summary>
    public static FileDescriptor Open(string path, int flags)
    {
        var fd = LibC.Open(path, flags | LibC.OCloExec);
        if (fd < 0)
        {
            throw new IOException($"Cannot open {path}: {LibC.LastError()}");
        }

        return new FileDescriptor(fd);
    }

    protected override bool ReleaseHandle() => LibC.Close((int)handle) == 0;
}
