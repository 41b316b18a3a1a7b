using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EdgeQueue.Hub.Provisioning;

/// <summary>
/// A site file's text, edited in its <c>devices</c> array only: the new array replaces the old one's
/// bytes and everything around it (the technician's comments, order, layout, other sections) stays as
/// it was. Comments inside <c>devices</c> are lost; a file without <c>devices</c> is written again
/// whole (indented, without its comments). Saved atomically: a temporary file beside it, flushed to
/// the disk, renamed over it with the old file's permissions, so a running hub's file watcher never
/// reads half a file.
/// </summary>
internal sealed class SiteFileText
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    // Relaxed: a '+' of a password hash and Polish letters stay as they are, not \u escapes.
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly byte[] _bytes;
    private readonly bool _byteOrderMark;

    private SiteFileText(string path, byte[] bytes)
    {
        Path = path;
        _byteOrderMark = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble);
        _bytes = _byteOrderMark ? bytes[Encoding.UTF8.Preamble.Length..] : bytes;
    }

    public string Path { get; }

    public string Text => Encoding.UTF8.GetString(_bytes);

    public static SiteFileText Read(string path)
    {
        try
        {
            return new SiteFileText(path, File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ProvisioningException($"site file {path} cannot be read: {e.Message}", e);
        }
    }

    /// <summary>A copy of the <c>devices</c> array (empty when the file has none).</summary>
    public JsonArray Devices()
    {
        var root = ParseRoot();
        return root["devices"] is JsonArray devices ? (JsonArray)devices.DeepClone() : [];
    }

    /// <summary>The file's text with <paramref name="devices"/> in place of its <c>devices</c> array.</summary>
    public string WithDevices(JsonArray devices)
    {
        ArgumentNullException.ThrowIfNull(devices);
        if (FindDevicesValue() is not var (start, end))
        {
            var root = ParseRoot();
            root["devices"] = devices.DeepClone();
            return Write(root, indent: string.Empty) + "\n";
        }

        var indent = IndentOfLineAt(start);
        var before = Encoding.UTF8.GetString(_bytes, 0, start);
        var after = Encoding.UTF8.GetString(_bytes, end, _bytes.Length - end);
        return before + Write(devices, indent) + after;
    }

    /// <summary>Replaces the file with <paramref name="text"/> in one rename, keeping its permissions.</summary>
    public void Save(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // A site file that is a link (/etc/edgequeue/site.json → a versioned copy) stays a link: its target is replaced.
        var full = new FileInfo(System.IO.Path.GetFullPath(Path)).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? System.IO.Path.GetFullPath(Path);
        var folder = System.IO.Path.GetDirectoryName(full)!;
        var temporary = System.IO.Path.Combine(folder, $".{System.IO.Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = File.GetUnixFileMode(full);
        }

        try
        {
            using (var stream = new FileStream(temporary, options))
            {
                if (_byteOrderMark)
                {
                    stream.Write(Encoding.UTF8.Preamble);
                }

                stream.Write(Encoding.UTF8.GetBytes(text));
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    private JsonObject ParseRoot()
    {
        try
        {
            return JsonNode.Parse(_bytes, documentOptions: DocumentOptions) as JsonObject
                ?? throw new ProvisioningException($"site file {Path} does not hold a JSON object");
        }
        catch (JsonException e)
        {
            throw new ProvisioningException($"site file {Path} is not valid JSON: {e.Message}", e);
        }
    }

    /// <summary>The byte range of the top-level <c>devices</c> property's value, or null when there is none.</summary>
    private (int Start, int End)? FindDevicesValue()
    {
        var reader = new Utf8JsonReader(_bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isDevices = reader.ValueTextEquals("devices"u8);
            reader.Read();
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            if (isDevices)
            {
                return (start, (int)reader.BytesConsumed);
            }
        }

        return null;
    }

    private string IndentOfLineAt(int position)
    {
        var lineStart = Array.LastIndexOf(_bytes, (byte)'\n', Math.Max(position - 1, 0)) + 1;
        var length = 0;
        while (lineStart + length < position && _bytes[lineStart + length] is (byte)' ' or (byte)'\t')
        {
            length++;
        }

        return Encoding.UTF8.GetString(_bytes, lineStart, length);
    }

    private static string Write(JsonNode node, string indent)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            node.WriteTo(writer);
        }

        var text = Encoding.UTF8.GetString(buffer.ToArray()).ReplaceLineEndings("\n");
        return indent.Length == 0 ? text : text.Replace("\n", "\n" + indent, StringComparison.Ordinal);
    }
}
