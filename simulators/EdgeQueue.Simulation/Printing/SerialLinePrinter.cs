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
    private readonly PrinterInput _input = new();
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
    public byte[] Status
    {
        get => _input.Status;
        set => _input.Status = value;
    }

    public bool AnswerStatus
    {
        get => _input.AnswerStatus;
        set => _input.AnswerStatus = value;
    }

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

            var answers = _input.Receive(buffer.AsSpan(0, read));
            if (answers.Length > 0)
            {
                _cable.Write(answers);
                _cable.Flush();
            }

            if (_input.JobEndsWithCut)
            {
                _finished.Writer.TryWrite(_input.TakeJob());
            }
        }
    }
}
