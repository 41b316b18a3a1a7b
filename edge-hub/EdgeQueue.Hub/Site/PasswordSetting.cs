namespace EdgeQueue.Hub.Site;

/// <summary>
/// A login password in the site file: given as <c>password</c>, or read from the environment
/// variable named by <c>passwordEnv</c> (so the file itself need hold no secret).
/// </summary>
internal static class PasswordSetting
{
    /// <summary>The password, or null with a problem reported under <paramref name="section"/>.</summary>
    public static string? Resolve(string? password, string? passwordEnv, string section, Action<string> problem)
    {
        if (passwordEnv is { Length: > 0 } env)
        {
            var fromEnvironment = Environment.GetEnvironmentVariable(env);
            if (string.IsNullOrEmpty(fromEnvironment))
            {
                problem($"{section}.passwordEnv: environment variable {env} is not set");
            }

            return fromEnvironment;
        }

        if (string.IsNullOrEmpty(password))
        {
            problem($"{section}.password: missing (or name an environment variable in {section}.passwordEnv)");
        }

        return password;
    }
}
