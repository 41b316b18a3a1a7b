using System.Threading.Channels;

namespace EdgeQueue.Simulation.Printing;

/// <summary>
/// An ESC/POS kiosk printer at the far end of a serial line (a pseudo-terminal, <see cref="Device"/>):
/// it answers DLE EOT 1, 2 and 4 with <see cref="Status"/> and keeps every other byte, one job per
/// paper cut (GS V). The same behaviour as <see cref="LoopbackNetworkPrinter"/>, over a tty.
/// </summary>
public sealed class SerialLinePrinter : IDisposable
{
    private readonly PseudoTerminal _line = new();
    private readonly FileStream _cable;
    private readonly Channel<byte[]> _finished = Channel.CreateUnbounded<byte[]>();
    private readonly Thread _reader;
    private volatile bool _stopping;

    public SerialLinePrinter()
    {
        _cable = new FileStream(_line.Master, FileAccess.ReadWrite, bufferSize: 0);
        _reader = new Thread(ReadLoop) { IsBackground = true, Name = "serial printer " + _line.SlavePath };
        _reader.Start();
    }

    /// <summary>The tty the hub opens, e.g. /dev/pts/3.</summary>
    public string Device => _line.SlavePath;

    /// <summary>Bytes answered to DLE EOT 1, 2 and 4, in that order.</summary>
    public byte[] Status { get; set; } = LoopbackNetworkPrinter.ReadyStatus;

    public bool AnswerStatus { get; set; } = true;

    /// <summary>Takes the oldest finished job (up to and with its cut), waiting for it if needed.</summary>
    public async Task<byte[]> NextJobAsync(TimeSpan timeout) => await _finished.Reader.ReadAsync().AsTask().WaitAsync(timeout);

    public void Dispose()
    {
        _stopping = true;
        _line.Dispose();
        _cable.Dispose();
        _reader.Join(TimeSpan.FromSeconds(5));
    }

    private void ReadLoop()
    {
        var job = new List<byte>();
        var pending = new List<byte>();
        var buffer = new byte[4096];
        while (!_stopping)
        {
            int read;
            try
            {
                read = _cable.Read(buffer, 0, buffer.Length);
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException)
            {
                return;
            }

            if (read == 0)
            {
                return;
            }

            pending.AddRange(buffer.AsSpan(0, read));
            Consume(pending, job);
        }
    }

    /// <summary>Answers complete DLE EOT requests; ends a job at each complete cut; keeps the rest.</summary>
    private void Consume(List<byte> pending, List<byte> job)
    {
        while (pending.Count > 0)
        {
            if (pending[0] == 0x10 && pending.Count < 3)
            {
                return;
            }

            if (pending[0] == 0x10 && pending[1] == 0x04 && pending[2] is 1 or 2 or 4)
            {
                var n = pending[2];
                pending.RemoveRange(0, 3);
                if (AnswerStatus)
                {
                    _cable.Write([Status[n == 4 ? 2 : n - 1]]);
                    _cable.Flush();
                }

                continue;
            }

            if (pending[0] == 0x1D && pending.Count < 4)
            {
                return;
            }

            job.Add(pending[0]);
            pending.RemoveAt(0);
            if (job.Count >= 4 && job[^4] == 0x1D && job[^3] == (byte)'V')
            {
                _finished.Writer.TryWrite([.. job]);
                job.Clear();
            }
        }
    }
}
