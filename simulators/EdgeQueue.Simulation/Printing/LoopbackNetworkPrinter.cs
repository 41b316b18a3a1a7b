using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;

namespace EdgeQueue.Simulation.Printing;

/// <summary>
/// A network receipt printer on 127.0.0.1 for tests and the simulated hall: it accepts raw TCP connections like port
/// 9100, answers DLE EOT 1/2/4 with the status bytes a test sets, and keeps every other byte of
/// each connection as one captured job. Set <see cref="AnswerStatus"/> to false to play a printer
/// that stays silent.
/// </summary>
public sealed class LoopbackNetworkPrinter : IAsyncDisposable
{
    /// <summary>Answers of a ready printer to DLE EOT 1, 2 and 4.</summary>
    public static readonly byte[] ReadyStatus = [0x12, 0x12, 0x12];

    /// <summary>Answers of a printer stopped by paper end: offline, "stopped by paper end", sensors empty.</summary>
    public static readonly byte[] PaperOutStatus = [0x1A, 0x32, 0x7E];

    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<byte[]> _jobs = new();
    private readonly Task _acceptLoop;
    private readonly TaskCompletionSource _statusRequested = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Channel<byte[]> _finished = Channel.CreateUnbounded<byte[]>();

    public LoopbackNetworkPrinter()
    {
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        _acceptLoop = AcceptLoopAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Bytes answered to DLE EOT 1, 2 and 4, in that order.</summary>
    public byte[] Status { get; set; } = ReadyStatus;

    public bool AnswerStatus { get; set; } = true;

    /// <summary>Completes when the first DLE EOT request arrives.</summary>
    public Task StatusRequested => _statusRequested.Task;

    /// <summary>Captured jobs: the non-status bytes of each connection that sent any.</summary>
    public IReadOnlyCollection<byte[]> Jobs => [.. _jobs];

    /// <summary>Takes the oldest finished job not taken yet, waiting for it if needed.</summary>
    public async Task<byte[]> NextJobAsync(TimeSpan timeout) =>
        await _finished.Reader.ReadAsync().AsTask().WaitAsync(timeout);

    /// <summary>Takes the oldest finished job not taken yet, waiting until one comes or <paramref name="cancellationToken"/> ends.</summary>
    public async Task<byte[]> NextJobAsync(CancellationToken cancellationToken) =>
        await _finished.Reader.ReadAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _acceptLoop;
        }
        catch (OperationCanceledException)
        {
        }
        catch (SocketException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptSocketAsync(_stop.Token);
            client.NoDelay = true;
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(Socket client)
    {
        using (client)
        {
            var job = new List<byte>();
            var buffer = new byte[4096];
            var pending = new List<byte>();
            try
            {
                while (true)
                {
                    var read = await client.ReceiveAsync(buffer, SocketFlags.None, _stop.Token);
                    if (read == 0)
                    {
                        break;
                    }

                    pending.AddRange(buffer.AsSpan(0, read));
                    await ConsumeAsync(client, pending, job);
                }
            }
            catch (SocketException)
            {
            }
            catch (OperationCanceledException)
            {
            }

            job.AddRange(pending);
            if (job.Count > 0)
            {
                var bytes = job.ToArray();
                _jobs.Enqueue(bytes);
                _finished.Writer.TryWrite(bytes);
            }
        }
    }

    /// <summary>Answers complete DLE EOT requests at the head of the buffer; keeps the rest as job data.</summary>
    private async Task ConsumeAsync(Socket client, List<byte> pending, List<byte> job)
    {
        while (pending.Count > 0)
        {
            if (pending[0] != 0x10)
            {
                job.Add(pending[0]);
                pending.RemoveAt(0);
                continue;
            }

            if (pending.Count < 3)
            {
                return;
            }

            if (pending[1] != 0x04 || pending[2] is not (1 or 2 or 4))
            {
                job.Add(pending[0]);
                pending.RemoveAt(0);
                continue;
            }

            var n = pending[2];
            pending.RemoveRange(0, 3);
            _statusRequested.TrySetResult();
            if (AnswerStatus)
            {
                var answer = Status[n == 4 ? 2 : n - 1];
                await client.SendAsync(new[] { answer }, SocketFlags.None, _stop.Token);
            }
        }
    }
}
