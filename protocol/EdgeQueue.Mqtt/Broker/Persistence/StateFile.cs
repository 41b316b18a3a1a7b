using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Mqtt.Broker.Persistence;

/// <summary>
/// One JSON file of broker state in the data folder, saved within a second of a change and on
/// dispose. Writes go to a temporary file that is flushed to disk and renamed over the old one, so
/// a power cut leaves the old or the new state, never half of one. A damaged file is set aside.
/// </summary>
internal sealed class StateFile<T> : IDisposable
    where T : class
{
    private static readonly TimeSpan SaveInterval = TimeSpan.FromSeconds(1);

    private readonly string _path;
    private readonly Func<long> _version;
    private readonly Func<T> _snapshot;
    private readonly ILogger _logger;
    private readonly Lock _saving = new();
    private readonly TimeProvider _time;
    private readonly JsonTypeInfo<T> _json;
    private ITimer? _timer;
    private long _savedVersion;

    public StateFile(
        string directory, string fileName, JsonTypeInfo<T> json, Func<long> version, Func<T> snapshot, TimeProvider time, ILogger logger)
    {
        _json = json;
        Directory.CreateDirectory(directory);
        _path = System.IO.Path.Combine(directory, fileName);
        _version = version;
        _snapshot = snapshot;
        _logger = logger;
        _time = time;
    }

    /// <summary>The saved state, or null when there is none (or it was damaged and set aside).</summary>
    public T? Load()
    {
        if (!File.Exists(_path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(File.ReadAllBytes(_path), _json);
        }
        catch (JsonException e)
        {
            var aside = _path + ".damaged";
            File.Move(_path, aside, overwrite: true);
            _logger.LogError("{Path} is unreadable ({Error}); moved to {Aside}, starting without it", _path, e.Message, aside);
            return null;
        }
    }

    /// <summary>After loading: the state as it is now counts as saved, and saving every second begins.</summary>
    public void StartSaving()
    {
        _savedVersion = _version();
        _timer = _time.CreateTimer(static state => ((StateFile<T>)state!).SaveIfChanged(), this, SaveInterval, SaveInterval);
    }

    public void SaveIfChanged()
    {
        lock (_saving)
        {
            var version = _version();
            if (version == _savedVersion)
            {
                return;
            }

            try
            {
                var temporary = _path + ".tmp";
                using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
                {
                    JsonSerializer.Serialize(file, _snapshot(), _json);
                    file.Flush(flushToDisk: true);
                }

                File.Move(temporary, _path, overwrite: true);
                _savedVersion = version;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                _logger.LogError("Cannot save {Path}: {Error}", _path, e.Message);
            }
        }
    }

    public void Dispose()
    {
        if (_timer is null)
        {
            return;
        }

        _timer.Dispose();
        SaveIfChanged();
    }
}
