namespace EdgeQueue.Firmware.Tests.Contract;

/// <summary>The golden messages of protocol/golden, shared with the hub's contract tests.</summary>
public static class Golden
{
    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "golden", name + ".json"));

    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "golden", name + ".json")).TrimEnd('\n', '\r');
}
