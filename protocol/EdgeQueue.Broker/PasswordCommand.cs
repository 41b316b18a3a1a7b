using System.Text.Encodings.Web;
using System.Text.Json;
using EdgeQueue.Security;

namespace EdgeQueue.Broker;

/// <summary>`edgequeue broker passwd USER`: prints a users[] entry to paste into the configuration file.</summary>
internal static class PasswordCommand
{
    /// <summary>Base64 '+' and '/' stay as they are, so the printed entry reads like the file it goes into.</summary>
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Run(string username, string? password, int iterations, TextWriter output, TextWriter error)
    {
        password ??= Console.In.ReadLine();
        if (string.IsNullOrEmpty(password))
        {
            error.WriteLine("edgequeue broker passwd: no password given (use --password or type one line on standard input)");
            return 2;
        }

        if (iterations < 100)
        {
            error.WriteLine("edgequeue broker passwd: --iterations must be at least 100");
            return 2;
        }

        var entry = new Dictionary<string, string>
        {
            ["username"] = username,
            ["passwordHash"] = PasswordHash.Create(password, iterations),
        };
        output.WriteLine(JsonSerializer.Serialize(entry, Json));
        return 0;
    }
}
