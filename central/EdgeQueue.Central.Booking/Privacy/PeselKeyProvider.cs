using EdgeQueue.Central.Booking.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Central.Booking.Privacy;

/// <summary>
/// Finds the PESEL HMAC key: from configuration, or — in Development, or when
/// <see cref="BookingOptions.GeneratePeselKey"/> allows it (<c>./edgequeue central</c> from the
/// repository) — a key generated once and kept in the data folder, so hashes stay comparable across
/// restarts. A generated key is named in the log at every start.
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

        if (!(options.GeneratePeselKey ?? environment?.IsDevelopment() ?? false))
        {
            throw new InvalidOperationException(
                $"{BookingOptions.SectionName}:PeselKey is not set. Outside Development the PESEL HMAC key must come from "
                + "configuration (for example the environment variable Central__Booking__PeselKey); create one with "
                + "`openssl rand -base64 32` and keep it secret and unchanged: visits cannot be found by PESEL without it.");
        }

        var folder = Path.GetFullPath(options.DataFolder);
        OwnerOnlyFiles.CreateFolder(folder);
        var path = Path.Combine(folder, DevelopmentKeyFile);
        if (File.Exists(path))
        {
            var kept = Decode(File.ReadAllText(path).Trim(), path);
            WarnGenerated(logger, path);
            return kept;
        }

        var key = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
        using (var writer = new StreamWriter(path, System.Text.Encoding.ASCII, OwnerOnlyFiles.ForWriting(FileMode.CreateNew)))
        {
            writer.Write(Convert.ToBase64String(key));
        }

        WarnGenerated(logger, path);
        return key;
    }

    private static void WarnGenerated(ILogger logger, string path) =>
        logger.LogWarning("PESEL hashes use a generated PESEL key from {Path}, a development key: set {Section}:PeselKey for production",
            path, BookingOptions.SectionName);

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
