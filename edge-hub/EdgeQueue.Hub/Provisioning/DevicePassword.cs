using System.Security.Cryptography;

namespace EdgeQueue.Hub.Provisioning;

/// <summary>
/// A new device's MQTT password: 24 letters and digits from the system's cryptographic generator
/// (about 143 bits). Only letters and digits, so it needs no escaping in JSON, in a shell or in
/// nanoff's deploy file, and the board's small JSON reader takes it as it is.
/// </summary>
public static class DevicePassword
{
    public const int Length = 24;

    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public static string Generate() => RandomNumberGenerator.GetString(Alphabet, Length);
}
