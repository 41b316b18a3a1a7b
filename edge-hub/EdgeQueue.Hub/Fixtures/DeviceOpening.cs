namespace EdgeQueue.Hub.Fixtures;

/// <summary>
/// The failures that mean a wired device cannot be opened on this machine (no such gpiochip or
/// spidev, no permission, libgpiod missing, no GPIO at all): the hub then serves the hall without
/// that device and says why, instead of not starting.
/// </summary>
public static class DeviceOpening
{
    public static bool Failed(Exception e) =>
        e is IOException or UnauthorizedAccessException or DllNotFoundException or PlatformNotSupportedException;
}
