namespace EdgeQueue.Firmware.NanoStubs;

/// <summary>The exception every stub throws: these types only stand in for the compiler.</summary>
public sealed class NotOnHostException : System.NotSupportedException
{
    public NotOnHostException()
        : base("nanoFramework API stub: compile-time only, runs on the device")
    {
    }
}
