namespace EdgeQueue.Firmware.Tests.ApiGuard;

/// <summary>
/// What the board code calls on the device, read from the host compile of the board apps: the calls
/// that issue 15 found wrong on a real ESP32 must not come back.
/// </summary>
public sealed class BoardCallsTests
{
    private static readonly Lazy<List<string>> Calls = new(() =>
    {
        var seen = new List<string>();
        _ = NanoApiGuard.Check(Path.Combine(AppContext.BaseDirectory, "EdgeQueue.Firmware.BoardCheck.dll"),
            NanoApiCatalog.Load(NanoApiCatalog.DefaultPath), seen, "EdgeQueue.Firmware.Host");
        return seen;
    });

    [Fact]
    public void BoardApps_FreeMemory_IsReadWithoutAGarbageCollection()
    {
        Assert.DoesNotContain("M nanoFramework.Runtime.Native.GC::Run(System.Boolean)", Calls.Value);
        Assert.Contains(
            "M nanoFramework.Hardware.Esp32.NativeMemory::GetMemoryInfo(nanoFramework.Hardware.Esp32.NativeMemory+MemoryType,System.UInt32&,System.UInt32&,System.UInt32&)",
            Calls.Value);
    }

    [Fact]
    public void BoardApps_WifiJoin_NeverScansAndJoinsPerRetry()
    {
        Assert.DoesNotContain(Calls.Value, c => c.StartsWith("M nanoFramework.Networking.WifiNetworkHelper::ScanAndConnectDhcp(", StringComparison.Ordinal));
        Assert.DoesNotContain(Calls.Value, c => c.StartsWith("M nanoFramework.Networking.WifiNetworkHelper::Reset(", StringComparison.Ordinal));
        Assert.Contains(Calls.Value, c => c.StartsWith("M nanoFramework.Networking.WifiNetworkHelper::ConnectDhcp(", StringComparison.Ordinal));
        Assert.Contains(Calls.Value, c => c.StartsWith("M nanoFramework.Networking.WifiNetworkHelper::Reconnect(", StringComparison.Ordinal));
    }

    [Fact]
    public void BoardApps_Logging_NeverGoesThroughDebugWhichReleaseCompilesOut()
    {
        Assert.DoesNotContain(Calls.Value, c => c.StartsWith("M System.Diagnostics.Debug::Write", StringComparison.Ordinal));
        Assert.Contains("M System.Console::WriteLine(System.String)", Calls.Value);
    }
}
