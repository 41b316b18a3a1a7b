using EdgeQueue.Firmware.Core.Dispenser;

namespace EdgeQueue.Firmware.Tests.ApiGuard;

public sealed class NanoApiGuardTests
{
    private static readonly NanoApiCatalog Catalog = NanoApiCatalog.Load(NanoApiCatalog.DefaultPath);

    [Fact]
    public void Catalog_Load_ReadsTypesAndMembers()
    {
        Assert.True(Catalog.HasType("System.Collections.ArrayList"));
        Assert.True(Catalog.HasMember("M System.Collections.ArrayList::Add(System.Object)"));
        Assert.True(Catalog.HasMember("F System.String::Empty"));
        Assert.False(Catalog.HasMember("M System.String::Replace(System.String,System.String)"));
        Assert.True(Catalog.IsGenericOnly("M System.Action`1::Invoke(!0)"));
        Assert.False(Catalog.HasType("System.Action`1"));
    }

    [Fact]
    public void Check_HostBuildOfPortableCore_ReferencesOnlyNanoFrameworkApi()
    {
        var violations = NanoApiGuard.Check(typeof(DispenserDevice).Assembly.Location, Catalog);

        Assert.True(violations.Count == 0, "the portable core uses what nanoFramework 1.x lacks:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void Check_AssemblyUsingGenericsAndMissingMembers_ReportsEachByName()
    {
        // This test assembly uses List<T>, LINQ and string.Replace freely: the guard must name them.
        var violations = NanoApiGuard.Check(typeof(NanoApiGuardTests).Assembly.Location, Catalog)
            .Select(v => v.ToString())
            .ToList();

        Assert.Contains(violations, v => v.StartsWith("T System.Collections.Generic.List`1", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("generic instantiation", StringComparison.Ordinal) && v.Contains("List`1<", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("System.Linq.Enumerable::", StringComparison.Ordinal) && v.Contains("generic method instantiation", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("M System.String::Replace(System.String,System.String)", StringComparison.Ordinal));
        Assert.Equal("ab-b", "ab.b".Replace(".", "-", StringComparison.Ordinal).Replace("x", "y"));
    }
}
