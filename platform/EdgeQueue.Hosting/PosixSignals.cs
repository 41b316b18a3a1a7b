using System.Runtime.InteropServices;

namespace EdgeQueue.Hosting;

/// <summary>
/// Sends SIGTERM to a child process through libc's kill(2): .NET can only SIGKILL a process, and
/// a fresh Debian machine need not have the <c>kill</c> program (procps).
/// </summary>
public static partial class PosixSignals
{
    private const int SigTerm = 15;

    /// <summary>Asks the process to stop as systemd does; false when it is already gone.</summary>
    public static bool Terminate(int processId) => Kill(processId, SigTerm) == 0;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
