namespace EdgeQueue.Hardware.Audio;

/// <summary>
/// The announcement voice: a folder with <c>manifest.tsv</c> (name, file, spoken text per line) and
/// one WAV per clip. The default set (espeak-ng, hardware/voice) ships next to the assembly; a voice
/// talent's recordings replace it by a folder with the same manifest. Loading checks everything at
/// once — missing lines, missing or unreadable files, a format differing from the others — and
/// reports all problems together, so a technician fixes the folder in one go.
/// </summary>
public sealed class VoiceClipSet
{
    public const string ManifestFileName = "manifest.tsv";

    private readonly Dictionary<string, VoiceClip> _clips;

    private VoiceClipSet(string folder, WavFormat format, Dictionary<string, VoiceClip> clips)
    {
        Folder = folder;
        Format = format;
        _clips = clips;
    }

    /// <summary>Every clip an announcement can need.</summary>
    public static IReadOnlyList<string> RequiredClipNames { get; } =
    [
        "gong", "pause", "numer", "zapraszamy",
        .. Enumerable.Range('a', 26).Select(c => LetterClipName((char)c)),
        .. PolishNumberWords.AllClipNames,
    ];

    /// <summary>
    /// The recall's opening word ("ponownie"). Not required: a voice talent's folder recorded before
    /// it existed still loads, and its recalls are announced like first calls.
    /// </summary>
    public const string RecallClipName = "ponownie";

    /// <summary>The folder of the default clip set copied beside the assembly.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "voice");

    public string Folder { get; }

    public WavFormat Format { get; }

    public IReadOnlyCollection<string> Names => _clips.Keys;

    public bool Contains(string name) => _clips.ContainsKey(name);

    public VoiceClip this[string name] =>
        _clips.TryGetValue(name, out var clip) ? clip : throw new KeyNotFoundException($"No clip named '{name}' in {Folder}.");

    public static string LetterClipName(char letter) => $"letter-{char.ToLowerInvariant(letter)}";

    public static VoiceClipSet LoadDefault() => Load(DefaultFolder);

    /// <summary>Loads and validates a clip folder; throws <see cref="VoiceClipSetException"/> listing every problem.</summary>
    public static VoiceClipSet Load(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        folder = Path.GetFullPath(folder);
        var manifest = Path.Combine(folder, ManifestFileName);
        if (!File.Exists(manifest))
        {
            throw new VoiceClipSetException(folder, [$"{ManifestFileName} is missing (expected {manifest})"]);
        }

        var problems = new List<string>();
        var clips = new Dictionary<string, VoiceClip>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(manifest))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 3 || fields.Any(string.IsNullOrWhiteSpace))
            {
                problems.Add($"{ManifestFileName} line {lineNumber}: expected name<TAB>file<TAB>text, got '{line}'");
                continue;
            }

            var (name, file, text) = (fields[0].Trim(), fields[1].Trim(), fields[2].Trim());
            if (clips.ContainsKey(name))
            {
                problems.Add($"{ManifestFileName} line {lineNumber}: clip '{name}' is listed twice");
                continue;
            }

            if (LoadClip(folder, name, file, text, problems) is { } clip)
            {
                clips.Add(name, clip);
            }
        }

        problems.AddRange(RequiredClipNames.Where(n => !clips.ContainsKey(n))
            .Select(n => $"clip '{n}' is not listed in {ManifestFileName}"));
        var format = CommonFormat(clips.Values, problems);
        if (problems.Count > 0 || format is null)
        {
            throw new VoiceClipSetException(folder, problems);
        }

        return new VoiceClipSet(folder, format, clips);
    }

    private static VoiceClip? LoadClip(string folder, string name, string file, string text, List<string> problems)
    {
        if (file.Contains('/', StringComparison.Ordinal) || file.Contains('\\', StringComparison.Ordinal))
        {
            problems.Add($"clip '{name}': file '{file}' must be a plain file name inside the folder");
            return null;
        }

        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
        {
            problems.Add($"clip '{name}': file {file} is missing");
            return null;
        }

        try
        {
            var audio = WavAudio.Parse(File.ReadAllBytes(path));
            if (audio.Pcm.Length == 0)
            {
                problems.Add($"clip '{name}': {file} has no samples");
                return null;
            }

            return new VoiceClip(name, file, text, audio);
        }
        catch (FormatException e)
        {
            problems.Add($"clip '{name}': {file} is not a usable WAV: {e.Message}");
            return null;
        }
    }

    /// <summary>Clips are joined sample by sample, so all must share one format: the most common one wins.</summary>
    private static WavFormat? CommonFormat(IEnumerable<VoiceClip> clips, List<string> problems)
    {
        var byFormat = clips.GroupBy(c => c.Audio.Format).OrderByDescending(g => g.Count()).ToList();
        if (byFormat.Count == 0)
        {
            return null;
        }

        var format = byFormat[0].Key;
        problems.AddRange(byFormat.Skip(1).SelectMany(g => g).Select(c =>
            $"clip '{c.Name}': {c.FileName} is {c.Audio.Format}, the other clips are {format}; convert with: sox {c.FileName} -r {format.SampleRate} -c {format.Channels} -b {format.BitsPerSample} fixed.wav"));
        return format;
    }
}
