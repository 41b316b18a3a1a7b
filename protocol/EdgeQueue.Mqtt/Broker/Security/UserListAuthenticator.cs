using EdgeQueue.Security;

namespace EdgeQueue.Mqtt.Broker.Security;

/// <summary>
/// User names with password hashes (<see cref="PasswordHash"/>, Mosquitto's $7$ format) (from the broker's configuration file). A client without
/// a user name gets in only when anonymous access is allowed; a wrong password or unknown user is
/// refused with CONNACK 0x04.
/// </summary>
public sealed class UserListAuthenticator : IMqttAuthenticator
{
    private readonly IReadOnlyDictionary<string, string> _passwordHashes;
    private readonly bool _allowAnonymous;

    /// <summary>A valid hash of a password nobody knows, verified for unknown users so their timing matches known ones.</summary>
    private readonly string _decoyHash;

    public UserListAuthenticator(IReadOnlyDictionary<string, string> passwordHashes, bool allowAnonymous)
    {
        ArgumentNullException.ThrowIfNull(passwordHashes);
        foreach (var (user, hash) in passwordHashes)
        {
            if (PasswordHash.Problem(hash) is { } problem)
            {
                throw new ArgumentException($"password hash of user '{user}': {problem}", nameof(passwordHashes));
            }
        }

        _passwordHashes = passwordHashes;
        _allowAnonymous = allowAnonymous;
        var iterations = passwordHashes.Count > 0 ? PasswordHash.IterationsOf(passwordHashes.Values.First()) : 1_000;
        _decoyHash = PasswordHash.Create(Guid.NewGuid().ToString("N"), iterations);
    }

    public ValueTask<MqttAuthenticationResult> AuthenticateAsync(MqttConnectRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Username is null)
        {
            return ValueTask.FromResult(_allowAnonymous ? MqttAuthenticationResult.Accepted : MqttAuthenticationResult.NotAuthorized);
        }

        var password = request.Password is { } given ? given.Span : [];
        var known = _passwordHashes.TryGetValue(request.Username, out var stored);
        var matches = PasswordHash.Verify(password, known ? stored! : _decoyHash);
        return ValueTask.FromResult(known && matches
            ? MqttAuthenticationResult.Accepted
            : MqttAuthenticationResult.BadUsernameOrPassword);
    }
}
