using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Central.Booking.Privacy;

/// <summary>
/// Finds the PESEL HMAC key: from configuration (required outside Development), or in Development a
/// key generated once and kept in the data folder, so hashes stay comparable across restarts.
/// </summary>
internal static class PeselKeyProvider
{
    public const string DevelopmentKeyFile = "pesel-hmac.key";

    public static byte[] Resolve(BookingOptions options, IHostEnvironment? environment, ILogger logger)
    {
        if (!string.IsNullOrWhiteSpace(options.PeselKey))
        {
            return Decode(options.PeselKey, $"{BookingOptions.SectionName}:PeselKey");
        }

        if (environment is null || !environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"{BookingOptions.SectionName}:PeselKey is not set. Outside Development the PESEL HMAC key must come from "
                + "configuration (for example the environment variable Central__Booking__PeselKey); create one with "
                + "`openssl rand -base64 32` and keep it secret and unchanged: visits cannot be found by PESEL without it.");
        }

        var folder = Path.GetFullPath(options.DataFolder);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, DevelopmentKeyFile);
        if (File.Exists(path))
        {
            return Decode(File.ReadAllText(path).Trim(), path);
        }

        var key = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
        var fileOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(path, System.Text.Encoding.ASCII, fileOptions))
        {
            writer.Write(Convert.ToBase64String(key));
        }

        logger.LogWarning("Development: generated a PESEL HMAC key in {Path}; set {Section}:PeselKey in production", path, BookingOptions.SectionName);
        return key;
    }

    private static byte[] Decode(string base64, string source)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"The PESEL HMAC key in {source} is not base64.");
        }

        return key.Length >= 32
            ? key
            : throw new InvalidOperationException($"The PESEL HMAC key in {source} has {key.Length} bytes; it needs at least 32.");
    }
}
