namespace EdgeQueue.Simulation.Printing;

/// <summary>
/// The input side of a simulated ESC/POS printer, whatever the link: DLE EOT 1, 2 and 4 requests
/// are taken out of the stream and answered with <see cref="Status"/> (when
/// <see cref="AnswerStatus"/>); every other byte is job data. A request split across reads waits
/// for its last byte.
/// </summary>
internal sealed class PrinterInput
{
    private readonly List<byte> _pending = [];
    private readonly List<byte> _job = [];

    /// <summary>Bytes answered to DLE EOT 1, 2 and 4, in that order.</summary>
    public byte[] Status { get; set; } = LoopbackNetworkPrinter.ReadyStatus;

    public bool AnswerStatus { get; set; } = true;

    /// <summary>Raised for every status request received.</summary>
    public event Action? StatusRequested;

    /// <summary>Whether the job so far ends with a paper cut (GS V m n): a whole ticket.</summary>
    public bool JobEndsWithCut => _job.Count >= 4 && _job[^4] == 0x1D && _job[^3] == (byte)'V';

    /// <summary>Takes in received bytes; returns the status answers to send back, in order.</summary>
    public byte[] Receive(ReadOnlySpan<byte> bytes)
    {
        _pending.AddRange(bytes);
        var answers = new List<byte>();
        while (_pending.Count > 0)
        {
            if (_pending[0] == 0x10)
            {
                if (_pending.Count < 3)
                {
                    break;
                }

                if (_pending[1] == 0x04 && _pending[2] is 1 or 2 or 4)
                {
                    var n = _pending[2];
                    _pending.RemoveRange(0, 3);
                    StatusRequested?.Invoke();
                    if (AnswerStatus)
                    {
                        answers.Add(Status[n == 4 ? 2 : n - 1]);
                    }

                    continue;
                }
            }

            _job.Add(_pending[0]);
            _pending.RemoveAt(0);
        }

        return [.. answers];
    }

    /// <summary>The job data so far (with any unfinished request bytes), and a fresh start.</summary>
    public byte[] TakeJob()
    {
        _job.AddRange(_pending);
        _pending.Clear();
        byte[] job = [.. _job];
        _job.Clear();
        return job;
    }
}
