using System.Reflection;
using EdgeQueue.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EdgeQueue.Firmware.Tests.CoreLibrary;

/// <summary>
/// Compiles C# as the nanoFramework build does: C# 7.3, no standard library of its own, against
/// nanoFramework's real mscorlib (the nanoFramework.CoreLibrary package) and, for the two packages
/// the package source does not serve (System.Text, System.Collections), the stand-ins in
/// <c>firmware/nanoframework/unserved</c>, each compiled as the assembly it stands for.
/// </summary>
internal static class NanoCompiler
{
    public static readonly CSharpParseOptions Parse = new(LanguageVersion.CSharp7_3);

    private static readonly CSharpCompilationOptions Library = new(OutputKind.DynamicallyLinkedLibrary);

    private static readonly Lazy<IReadOnlyList<(string Assembly, CSharpCompilation Compilation)>> StandInCompilations = new(CompileStandIns);

    /// <summary>lib/mscorlib.dll of the restored nanoFramework.CoreLibrary package.</summary>
    public static string CoreLibraryPath { get; } = Path.Combine(
        typeof(NanoCompiler).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "NanoCoreLibrary").Value!,
        "lib", "mscorlib.dll");

    public static MetadataReference Mscorlib { get; } = MetadataReference.CreateFromFile(CoreLibraryPath);

    public static string UnservedFolder => RepositoryRoot.File("firmware", "nanoframework", "unserved");

    /// <summary>The stand-ins' compilations, by the assembly name each stands for (its file name).</summary>
    public static IReadOnlyList<(string Assembly, CSharpCompilation Compilation)> StandIns => StandInCompilations.Value;

    /// <summary>C# files of a folder in the repository, without build output.</summary>
    public static IReadOnlyList<string> SourceFiles(string folder) =>
    [
        .. Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>Compiles the files against mscorlib and the stand-ins of the unserved packages.</summary>
    public static CSharpCompilation Compile(string assemblyName, IEnumerable<string> files) =>
        Compile(assemblyName, files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), Parse, f)));

    public static CSharpCompilation Compile(string assemblyName, IEnumerable<SyntaxTree> trees) =>
        CSharpCompilation.Create(assemblyName, trees,
            [Mscorlib, .. StandIns.Select(s => s.Compilation.ToMetadataReference())], Library);

    public static IReadOnlyList<string> Errors(Compilation compilation) =>
    [
        .. compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()),
    ];

    private static IReadOnlyList<(string, CSharpCompilation)> CompileStandIns()
    {
        var standIns = new List<(string, CSharpCompilation)>();
        foreach (var file in SourceFiles(UnservedFolder))
        {
            var assembly = Path.GetFileNameWithoutExtension(file);
            var compilation = CSharpCompilation.Create(assembly,
                [CSharpSyntaxTree.ParseText(File.ReadAllText(file), Parse, file)], [Mscorlib], Library);
            var errors = Errors(compilation);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException($"the stand-in {file} does not compile against nanoFramework's mscorlib:\n{string.Join('\n', errors)}");
            }

            standIns.Add((assembly, compilation));
        }

        return standIns;
    }
}
