using Microsoft.Extensions.Logging;

namespace EdgeQueue.Mqtt.Link;

/// <summary>
/// The life of a long-running link and the loops that work on it (the hub's link to central,
/// central's link to every hub): start the client and the loops; stop in order — cancel the loops,
/// say goodbye to the broker (bounded: stopping goes on whatever the broker does), close the client,
/// wait for the loops. Stopping twice is harmless.
/// </summary>
public sealed class MqttLinkLoops : IAsyncDisposable
{
    private static readonly TimeSpan GoodbyeTimeout = TimeSpan.FromSeconds(5);

    private readonly MqttLink _client;
    private readonly string _name;
    private readonly ILogger _log;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _loops = [];
    private int _stopped;

    public MqttLinkLoops(MqttLink client, string name, ILogger log)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _name = name;
        _log = log;
    }

    /// <summary>Connects in the background (nobody waits for the other side) and runs each loop on its own task until stopped.</summary>
    public void Start(params Func<CancellationToken, Task>[] loops)
    {
        ArgumentNullException.ThrowIfNull(loops);
        _client.Start();
        var stopping = _stop.Token;
        foreach (var loop in loops)
        {
            _loops.Add(Task.Run(() => loop(stopping), CancellationToken.None));
        }
    }

    /// <summary>False when already stopped (the caller's own clean-up then ran before).</summary>
    public async Task<bool> StopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) != 0)
        {
            return false;
        }

        await _stop.CancelAsync();
        try
        {
            await _client.DisconnectAsync(CancellationToken.None).WaitAsync(GoodbyeTimeout);
        }
#pragma warning disable CA1031 // Stopping goes on whatever the broker says.
        catch (Exception e)
#pragma warning restore CA1031
        {
            _log.LogDebug("{Link} disconnect: {Error}", _name, e.Message);
        }

        await _client.DisposeAsync();
        foreach (var loop in _loops)
        {
            try
            {
                await loop;
            }
            catch (OperationCanceledException)
            {
            }
        }

        _stop.Dispose();
        return true;
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
