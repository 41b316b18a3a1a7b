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
            var input = new PrinterInput { Status = Status, AnswerStatus = AnswerStatus };
            input.StatusRequested += () => _statusRequested.TrySetResult();
            var buffer = new byte[4096];
            try
            {
                while (true)
                {
                    var read = await client.ReceiveAsync(buffer, SocketFlags.None, _stop.Token);
                    if (read == 0)
                    {
                        break;
                    }

                    var answers = input.Receive(buffer.AsSpan(0, read));
                    if (answers.Length > 0)
                    {
                        await client.SendAsync(answers, SocketFlags.None, _stop.Token);
                    }
                }
            }
            catch (SocketException)
            {
            }
            catch (OperationCanceledException)
            {
            }

            var job = input.TakeJob();
            if (job.Length > 0)
            {
                _jobs.Enqueue(job);
                _finished.Writer.TryWrite(job);
            }
        }
    }
}
