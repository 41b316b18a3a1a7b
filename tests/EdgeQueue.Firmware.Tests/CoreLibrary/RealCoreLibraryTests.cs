using EdgeQueue.Firmware.Tests.ApiGuard;
using EdgeQueue.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EdgeQueue.Firmware.Tests.CoreLibrary;

/// <summary>
/// Beside the API guard (which reads the host build's metadata), the portable core is compiled
/// against nanoFramework's real mscorlib 1.17.11 (issue 15 item 2): a member or type the device's
/// corlib lacks fails here as a compiler error, whatever the list says.
/// </summary>
public sealed class RealCoreLibraryTests
{
    private static readonly SymbolDisplayFormat FullName = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.None);

    [Fact]
    public void PortableCore_AgainstNanoFrameworksRealMscorlib_CompilesWithoutErrors()
    {
        var files = NanoCompiler.SourceFiles(RepositoryRoot.File("firmware", "EdgeQueue.Firmware.Core"));

        var compilation = NanoCompiler.Compile("EdgeQueue.Firmware.Core", files);

        Assert.True(files.Count > 50, $"the core's {files.Count} files were found");
        var errors = NanoCompiler.Errors(compilation);
        Assert.True(errors.Count == 0, $"{errors.Count} errors against nanoFramework's mscorlib:\n{string.Join('\n', errors)}");
        var corlib = compilation.GetSpecialType(SpecialType.System_Object).ContainingAssembly.Identity;
        Assert.Equal("mscorlib", corlib.Name);
        Assert.Equal(new Version(1, 17, 11, 0), corlib.Version);
    }

    [Theory]
    [InlineData("string F(string s) { return s.Replace(\"a\", \"b\"); }", "CS1061")] // string.Replace(string, string): not on the device
    [InlineData("object F() { return new System.Collections.Generic.List<int>(); }", "CS0234")] // no generic collections
    [InlineData("string F(int n) { return n.ToString() + new System.Text.StringBuilder().Append('x').ToString(); }", "")] // what it has compiles
    public void Compile_CodeUsingWhatTheDeviceLacks_IsAnError(string member, string expectedError)
    {
        var tree = CSharpSyntaxTree.ParseText($"namespace Probe {{ public class C {{ public {member} }} }}", NanoCompiler.Parse);

        var errors = NanoCompiler.Errors(NanoCompiler.Compile("Probe", [tree]));

        if (expectedError.Length == 0)
        {
            Assert.Empty(errors);
        }
        else
        {
            Assert.Contains(errors, e => e.Contains(expectedError, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void UnservedStandIns_EveryTypeAndMember_IsInTheApiListUnderItsAssembly()
    {
        var catalog = NanoApiCatalog.Load(NanoApiCatalog.DefaultPath);
        var typeLines = File.ReadLines(NanoApiCatalog.DefaultPath).Where(l => l.StartsWith("T ", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var (assembly, compilation) in NanoCompiler.StandIns)
        {
            foreach (var type in PublicTypes(compilation.Assembly.GlobalNamespace))
            {
                var name = type.ToDisplayString(FullName);
                Expect($"T {name} @{assembly}", typeLines.Contains($"T {name} @{assembly}"));
                foreach (var method in type.GetMembers().OfType<IMethodSymbol>().Where(m => m.DeclaredAccessibility is Accessibility.Public or Accessibility.Protected))
                {
                    var entry = $"M {name}::{method.MetadataName}({string.Join(",", method.Parameters.Select(Parameter))})";
                    Expect(entry, catalog.HasMember(entry));
                }
            }
        }

        Assert.NotEmpty(NanoCompiler.StandIns);
        Assert.True(missing.Count == 0, "stand-ins that nanoFramework does not have:\n" + string.Join('\n', missing));

        void Expect(string entry, bool present)
        {
            if (!present)
            {
                missing.Add(entry);
            }
        }
    }

    private static string Parameter(IParameterSymbol parameter) =>
        parameter.Type.ToDisplayString(FullName) + (parameter.RefKind == RefKind.None ? string.Empty : "&");

    private static IEnumerable<INamedTypeSymbol> PublicTypes(INamespaceSymbol space) =>
        space.GetTypeMembers().Where(t => t.DeclaredAccessibility == Accessibility.Public)
            .Concat(space.GetNamespaceMembers().SelectMany(PublicTypes));
}
