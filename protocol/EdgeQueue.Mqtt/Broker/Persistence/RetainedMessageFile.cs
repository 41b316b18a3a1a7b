using System.Text.Json;
using EdgeQueue.Mqtt.Broker.Routing;
using EdgeQueue.Mqtt.Packets;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Mqtt.Broker.Persistence;

/// <summary>
/// Keeps the retained messages in <c>retained.json</c> in the data folder: loaded at start, written
/// (to a temporary file, flushed, then renamed over the old one, so a power cut leaves the old or the
/// new file, never half of one) within a second of a change and when the broker stops.
/// </summary>
internal sealed class RetainedMessageFile : IDisposable
{
    private static readonly TimeSpan SaveInterval = TimeSpan.FromSeconds(1);

    private readonly RetainedMessageStore _store;
    private readonly string _path;
    private readonly ILogger _logger;
    private readonly Lock _saving = new();
    private readonly ITimer _timer;
    private long _savedVersion;

    public RetainedMessageFile(RetainedMessageStore store, string directory, TimeProvider time, ILogger logger)
    {
        _store = store;
        _path = Path.Combine(directory, "retained.json");
        _logger = logger;
        Directory.CreateDirectory(directory);
        _timer = time.CreateTimer(static state => ((RetainedMessageFile)state!).SaveIfChanged(), this, SaveInterval, SaveInterval);
    }

    /// <summary>Loads the saved messages into the store; a damaged file is set aside, not fatal.</summary>
    public void Load()
    {
        if (!File.Exists(_path))
        {
            return;
        }

        try
        {
            var entries = JsonSerializer.Deserialize<List<RetainedEntry>>(File.ReadAllBytes(_path)) ?? [];
            foreach (var entry in entries)
            {
                if (MqttTopic.IsValidName(entry.Topic) && entry.Qos is >= 0 and <= 2)
                {
                    _store.Set(new BrokerMessage(entry.Topic, entry.Payload, (MqttQualityOfService)entry.Qos, Retain: true, PublisherClientId: null));
                }
            }

            _savedVersion = _store.Version;
            _logger.LogInformation("Loaded {Count} retained messages from {Path}", _store.Count, _path);
        }
        catch (JsonException e)
        {
            var aside = _path + ".damaged";
            File.Move(_path, aside, overwrite: true);
            _logger.LogError("Retained messages in {Path} are unreadable ({Error}); moved to {Aside} and starting without them", _path, e.Message, aside);
        }
    }

    public void SaveIfChanged()
    {
        lock (_saving)
        {
            var version = _store.Version;
            if (version == _savedVersion)
            {
                return;
            }

            try
            {
                var entries = _store.Snapshot()
                    .Select(m => new RetainedEntry(m.Topic, m.Payload.ToArray(), (int)m.QualityOfService))
                    .ToList();
                var temporary = _path + ".tmp";
                using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
                {
                    JsonSerializer.Serialize(file, entries);
                    file.Flush(flushToDisk: true);
                }

                File.Move(temporary, _path, overwrite: true);
                _savedVersion = version;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                _logger.LogError("Cannot save retained messages to {Path}: {Error}", _path, e.Message);
            }
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        SaveIfChanged();
    }

    private sealed record RetainedEntry(string Topic, byte[] Payload, int Qos);
}
