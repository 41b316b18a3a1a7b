using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace EdgeQueue.Simulation.Printing;

/// <summary>
/// A pseudo-terminal pair: the slave is a tty device (<see cref="SlavePath"/>, /dev/pts/N) that
/// System.IO.Ports opens like a USB-serial adapter; the master is the far end of the cable. The
/// slave is kept open here too, so the master keeps working while the hub opens and closes the line
/// for each job, and it is set raw (no echo, no line editing) as a real serial line is.
/// </summary>
internal sealed partial class PseudoTerminal : IDisposable
{
    private readonly SafeFileHandle _slave;

    public PseudoTerminal()
    {
        if (OpenPty(out var master, out var slave, 0, 0, 0) != 0)
        {
            throw new IOException($"openpty failed: {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}");
        }

        Master = new SafeFileHandle(master, ownsHandle: true);
        _slave = new SafeFileHandle(slave, ownsHandle: true);
        SlavePath = File.ResolveLinkTarget($"/proc/self/fd/{slave}", returnFinalTarget: false)?.FullName
            ?? throw new IOException("the pseudo-terminal has no /dev/pts path");
        MakeRaw(SlavePath);
    }

    public string SlavePath { get; }

    public SafeFileHandle Master { get; }

    public void Dispose()
    {
        _slave.Dispose();
        Master.Dispose();
    }

    private static void MakeRaw(string tty)
    {
        using var stty = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("stty", ["-F", tty, "raw", "-echo"])
        {
            RedirectStandardError = true,
        }) ?? throw new IOException("stty could not be started");
        stty.WaitForExit();
        if (stty.ExitCode != 0)
        {
            throw new IOException($"stty -F {tty} raw -echo failed: {stty.StandardError.ReadToEnd()}");
        }
    }

    [LibraryImport("libc", EntryPoint = "openpty", SetLastError = true)]
    private static partial int OpenPty(out int master, out int slave, nint name, nint termios, nint window);
}
