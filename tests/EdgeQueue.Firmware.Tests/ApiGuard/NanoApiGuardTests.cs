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
    public void Check_HostBuildOfBoardApps_ReferencesOnlyNanoFrameworkApi()
    {
        var boardApps = Path.Combine(AppContext.BaseDirectory, "EdgeQueue.Firmware.BoardCheck.dll");

        var seen = new List<string>();

        var violations = NanoApiGuard.Check(boardApps, Catalog, seen, "EdgeQueue.Firmware.Host");

        Assert.True(violations.Count == 0, "the board apps use what nanoFramework 1.x lacks:\n" + string.Join("\n", violations));

        // The scan reaches the nanoFramework calls the board code makes, not just the BCL.
        Assert.Contains("M System.Device.Gpio.GpioPin::add_ValueChanged(System.Device.Gpio.PinValueChangedEventHandler)", seen);
        Assert.Contains("M System.Device.Gpio.GpioPin::set_DebounceTimeout(System.TimeSpan)", seen);
        Assert.Contains(seen, e => e.StartsWith("M nanoFramework.M2Mqtt.MqttClient::Connect(System.String,System.String,System.String,System.Boolean,nanoFramework.M2Mqtt.Messages.MqttQoSLevel,", StringComparison.Ordinal));
        Assert.Contains(seen, e => e.StartsWith("M nanoFramework.Networking.WifiNetworkHelper::ConnectDhcp(", StringComparison.Ordinal));
        Assert.Contains("M System.IO.File::ReadAllText(System.String)", seen);
        Assert.DoesNotContain(seen, e => e.Contains("EdgeQueue.Firmware.Core", StringComparison.Ordinal));
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

    [Fact]
    public void Check_CompilerEmittedAttributeUsedInCode_NotCoveredByTheAllowance()
    {
        // Allowed as the compiler's own marker on backing fields, but not when code constructs it.
        Assert.NotNull(new System.Runtime.CompilerServices.CompilerGeneratedAttribute());

        var violations = NanoApiGuard.Check(typeof(NanoApiGuardTests).Assembly.Location, Catalog).Select(v => v.Reference);

        Assert.Contains("M System.Runtime.CompilerServices.CompilerGeneratedAttribute::.ctor()", violations);
    }
}
