using System.Runtime.InteropServices;

namespace EdgeQueue.Hardware.Native;

/// <summary>
/// The few libc calls the usblp printer port needs (open, close, ioctl for LPGETSTATUS), declared by
/// hand: System.IO has no ioctl, and no package wraps the usblp driver.
/// </summary>
internal static partial class LibC
{
    public const int ORdWr = 0x2;
    public const int ONonBlock = 0x800;
    public const int OCloExec = 0x80000;

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    public static partial int Close(int fd);

    [LibraryImport("libc", EntryPoint = "ioctl", SetLastError = true)]
    public static unsafe partial int Ioctl(int fd, nuint request, void* argument);

    /// <summary>The message for the last errno, e.g. "Permission denied (13)".</summary>
    public static string LastError()
    {
        var errno = Marshal.GetLastPInvokeError();
        return $"{Marshal.GetPInvokeErrorMessage(errno)} (errno {errno})";
    }
}
