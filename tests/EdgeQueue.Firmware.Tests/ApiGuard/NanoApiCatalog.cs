namespace EdgeQueue.Firmware.Tests.ApiGuard;

/// <summary>
/// The public API of the nanoFramework 1.x libraries as listed in api-1x.txt: "T Type @Assembly",
/// "M Type::Method(ParamTypes)", "F Type::Field". Entries marked "!generic" exist in the library but
/// cannot run on the device, so they are kept apart and never count as available.
/// </summary>
public sealed class NanoApiCatalog
{
    private readonly HashSet<string> _types = new(StringComparer.Ordinal);
    private readonly HashSet<string> _members = new(StringComparer.Ordinal);
    private readonly HashSet<string> _genericOnly = new(StringComparer.Ordinal);

    public int TypeCount => _types.Count;

    public int MemberCount => _members.Count;

    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "nanoframework", "api-1x.txt");

    public static NanoApiCatalog Load(string path)
    {
        var catalog = new NanoApiCatalog();
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            if (raw.Length == 0 || raw[0] == '#')
            {
                continue;
            }

            var line = raw;
            var generic = line.EndsWith(" !generic", StringComparison.Ordinal);
            if (generic)
            {
                line = line[..^" !generic".Length];
            }

            if (line.Length < 3 || line[1] != ' ')
            {
                throw new FormatException($"{path}:{lineNumber}: cannot read '{raw}'");
            }

            var body = line[2..];
            switch (line[0])
            {
                case 'T':
                    var at = body.IndexOf(" @", StringComparison.Ordinal);
                    var type = at < 0 ? body : body[..at];
                    (generic ? catalog._genericOnly : catalog._types).Add(type);
                    break;
                case 'M':
                case 'F':
                    (generic ? catalog._genericOnly : catalog._members).Add(line[0] + " " + body);
                    break;
                default:
                    throw new FormatException($"{path}:{lineNumber}: unknown entry kind '{line[0]}'");
            }
        }

        return catalog;
    }

    public bool HasType(string fullName) => _types.Contains(fullName);

    /// <summary><paramref name="entry"/> is "M Type::Name(P1,P2)" or "F Type::Name".</summary>
    public bool HasMember(string entry) => _members.Contains(entry);

    public bool IsGenericOnly(string entry) => _genericOnly.Contains(entry);
}
