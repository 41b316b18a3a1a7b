using System.Collections.Concurrent;
using System.Net;
using EdgeQueue.Mqtt.Broker.Diagnostics;
using EdgeQueue.Mqtt.Broker.Persistence;
using EdgeQueue.Mqtt.Broker.Routing;
using EdgeQueue.Mqtt.Broker.Security;
using EdgeQueue.Mqtt.Packets;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Mqtt.Broker.Sessions;

/// <summary>
/// Opens and closes client sessions: back-off after failed log-ins, authentication, the client id
/// rule, authorization of the will, session takeover by the same client id and user, clean versus
/// resumed sessions, and the last will on an abnormal end.
/// </summary>
internal sealed class SessionManager(MqttBrokerOptions options, MessageRouter router, ILogger logger, RepeatedWarnings warnings)
{
    private readonly LoginBackoff _backoff = new(options.LoginBackoff, options.TimeProvider);

    private readonly ConcurrentDictionary<string, BrokerSession> _sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ISessionOwner> _owners = new(StringComparer.Ordinal);

    /// <summary>Serialises the takeover-and-attach step of concurrent CONNECTs (rare; never on the message path).</summary>
    private readonly SemaphoreSlim _attachGate = new(1, 1);

    /// <summary>Guards the pairing of session-table changes with owner-table changes.</summary>
    private readonly Lock _tables = new();

    public event EventHandler<MqttClientConnected>? ClientConnected;

    public event EventHandler<MqttClientDisconnected>? ClientDisconnected;

    public MqttBrokerOptions Options => options;

    public MessageRouter Router => router;

    public ILogger Logger => logger;

    public int SessionCount => _sessions.Count;

    /// <summary>Grows with every change to a persistent session, for the saver.</summary>
    public ChangeCounter Changes { get; } = new();

    /// <summary>Messages not delivered, counted and logged.</summary>
    public DeliveryDrops Drops { get; } = new(warnings);

    public RepeatedWarnings Warnings => warnings;

    public IReadOnlyList<MqttClientIdentity> ConnectedClients => [.. _owners.Values.Select(o => o.Identity)];

    public async ValueTask<ConnectOutcome> ConnectAsync(
        ISessionOwner owner, ConnectPacket connect, MqttConnectRequest request, CancellationToken cancellationToken)
    {
        if (IsFull(connect.ClientId))
        {
            // Cheap refusal before any password hashing; checked again, exactly, below.
            return ConnectOutcome.Refused(ConnectReturnCode.ServerUnavailable, $"{options.Limits.MaxConnections} clients connected (MaxConnections)");
        }

        var address = (request.RemoteEndPoint as IPEndPoint)?.Address;
        if (_backoff.Remaining(address, request.Username) is var wait && wait > TimeSpan.Zero)
        {
            warnings.Report($"backoff {address} {request.Username}",
                $"Refused CONNECT of client '{connect.ClientId}' (user '{request.Username ?? "anonymous"}') from {address} without checking its password: "
                + $"too many failed log-ins, back-off for {wait.TotalSeconds:0.#} s more (CONNACK 5)");
            return ConnectOutcome.Refused(ConnectReturnCode.NotAuthorized, "too many failed log-ins: back-off", alreadyLogged: true);
        }

        var refusal = await AuthenticateAsync(connect, request, address, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var clientId = connect.ClientId;
        if (request.Username is { } user && options.ClientIdMustMatchUsername(user))
        {
            if (clientId.Length == 0)
            {
                clientId = user;
            }
            else if (clientId != user)
            {
                return ConnectOutcome.Refused(ConnectReturnCode.NotAuthorized,
                    $"user '{user}' must connect with its user name as client id, not '{clientId}'");
            }
        }

        if (clientId.Length == 0)
        {
            clientId = $"auto-{Guid.NewGuid():N}";
        }

        var identity = new MqttClientIdentity(clientId, connect.Username, request.RemoteEndPoint);
        IMqttClientPermissions permissions;
        try
        {
            permissions = options.Authorizer.GetPermissions(identity);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Looking up the permissions of client '{ClientId}' failed", clientId);
            return ConnectOutcome.Refused(ConnectReturnCode.ServerUnavailable, $"authorization failed: {e.Message}");
        }

        if (connect.Will is { } will && !permissions.CanPublish(will.Topic))
        {
            // As Mosquitto 2: a will the client could not publish itself refuses the connection.
            return ConnectOutcome.Refused(ConnectReturnCode.NotAuthorized, $"client may not publish its will to '{will.Topic}'");
        }

        await _attachGate.WaitAsync(cancellationToken);
        try
        {
            if (IsFull(clientId))
            {
                return ConnectOutcome.Refused(ConnectReturnCode.ServerUnavailable, $"{options.Limits.MaxConnections} clients connected (MaxConnections)");
            }

            if (_sessions.TryGetValue(clientId, out var held) && held.Owner is { } heldBy && heldBy.Username != connect.Username)
            {
                // Before the takeover: a foreign user neither kicks the owner off nor sees its session.
                return ConnectOutcome.Refused(ConnectReturnCode.NotAuthorized,
                    $"client id '{clientId}' belongs to a session of user '{heldBy.Username ?? "anonymous"}'; "
                    + $"user '{connect.Username ?? "anonymous"}' may not take it over");
            }

            if (_owners.TryGetValue(clientId, out var previous))
            {
                logger.LogInformation("Client {ClientId} connected again from {Remote}; closing its previous connection from {Previous}",
                    clientId, request.RemoteEndPoint, previous.Identity.RemoteEndPoint);
                await previous.TakeOverAsync();
            }

            lock (_tables)
            {
                var existing = _sessions.GetValueOrDefault(clientId);
                if (existing is not null && existing.Owner is null)
                {
                    logger.LogWarning("Discarded the saved session of client {ClientId}: it was saved without its user, so user '{User}' cannot be shown to own it",
                        clientId, connect.Username ?? "anonymous");
                    Discard(existing);
                    existing = null;
                }

                if (existing is not null && connect.CleanSession)
                {
                    Discard(existing);
                    existing = null;
                }

                var session = existing ?? new BrokerSession(clientId, new SessionOwner(connect.Username), options.Limits, Changes, Drops);
                session.IsPersistent = !connect.CleanSession;
                Changes.Changed();
                _sessions[clientId] = session;
                owner.OnAccepted(identity, session, permissions, sessionPresent: existing is not null);
                _owners[clientId] = owner;
                return new ConnectOutcome(ConnectReturnCode.Accepted, null, identity, session, permissions,
                    SessionPresent: existing is not null);
            }
        }
        finally
        {
            _attachGate.Release();
        }
    }

    /// <summary>Closes the connection of a client id, if it is connected.</summary>
    public bool Disconnect(string clientId, string reason)
    {
        if (!_owners.TryGetValue(clientId, out var owner))
        {
            return false;
        }

        owner.Abort(MqttDisconnectReason.ClosedByHost, reason);
        return true;
    }

    /// <summary>Reports an accepted connection once its CONNACK is on its way.</summary>
    public void RaiseConnected(MqttClientIdentity identity, bool cleanSession, bool sessionPresent)
    {
        logger.LogInformation("Client {ClientId} (user {User}) connected from {Remote}, {Session}",
            identity.ClientId, identity.Username ?? "anonymous", identity.RemoteEndPoint,
            cleanSession ? "clean session" : sessionPresent ? "resumed session" : "new persistent session");
        Raise(ClientConnected, new MqttClientConnected(identity, cleanSession, sessionPresent, options.TimeProvider.GetUtcNow()));
    }

    /// <summary>
    /// Called once when an accepted connection ends: unbinds it from its session, drops a clean
    /// session, publishes the will unless the client said DISCONNECT or the broker is stopping.
    /// </summary>
    public void Closed(ISessionOwner owner, BrokerSession session, bool cleanSession, MqttWill? will,
        MqttDisconnectReason reason, string? detail)
    {
        var identity = owner.Identity;
        session.Detach(owner.Sender);
        lock (_tables)
        {
            _owners.TryRemove(new KeyValuePair<string, ISessionOwner>(identity.ClientId, owner));
            if (cleanSession && _sessions.TryRemove(new KeyValuePair<string, BrokerSession>(identity.ClientId, session)))
            {
                Discard(session);
            }
        }

        var publishWill = will is not null && reason is not (MqttDisconnectReason.ClientDisconnected or MqttDisconnectReason.BrokerStopping);
        if (publishWill)
        {
            router.Publish(new BrokerMessage(will!.Topic, will.Payload, will.QualityOfService, will.Retain, identity.ClientId));
        }

        var level = reason is MqttDisconnectReason.ProtocolViolation ? LogLevel.Warning : LogLevel.Information;
        logger.Log(level, "Client {ClientId} from {Remote} disconnected: {Reason}{Detail}{Will}",
            identity.ClientId, identity.RemoteEndPoint, reason, detail is null ? string.Empty : $" ({detail})",
            publishWill ? "; will published" : string.Empty);
        Raise(ClientDisconnected, new MqttClientDisconnected(identity, reason, publishWill, detail, options.TimeProvider.GetUtcNow()));
    }

    /// <summary>Every persistent session, for the data folder.</summary>
    public List<StoredSession> SnapshotPersistent() =>
        [.. _sessions.Values.Where(s => s.IsPersistent).Select(s => s.ToStored())];

    /// <summary>Recreates saved persistent sessions and their subscriptions; called before the listeners open.</summary>
    public void Restore(IEnumerable<StoredSession> stored)
    {
        foreach (var saved in stored)
        {
            var session = new BrokerSession(saved.ClientId, saved.Owner, options.Limits, Changes, Drops);
            foreach (var (filter, qos) in session.Restore(saved))
            {
                router.Subscribe(session, filter, (MqttQualityOfService)qos);
            }

            _sessions[saved.ClientId] = session;
        }
    }

    /// <summary>At the connection limit, unless the client id is connected already (its takeover frees its place).</summary>
    private bool IsFull(string clientId) =>
        _owners.Count >= options.Limits.MaxConnections && !_owners.ContainsKey(clientId);

    /// <summary>Asks the authenticator; counts failures for the back-off. Null when the client may go on.</summary>
    private async ValueTask<ConnectOutcome?> AuthenticateAsync(
        ConnectPacket connect, MqttConnectRequest request, IPAddress? address, CancellationToken cancellationToken)
    {
        MqttAuthenticationResult verdict;
        try
        {
            verdict = await options.Authenticator.AuthenticateAsync(request, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The host's credential store failed (a locked database, say): refuse as unavailable, try again later.
            logger.LogError(e, "Authenticating client '{ClientId}' from {Remote} failed", connect.ClientId, request.RemoteEndPoint);
            return ConnectOutcome.Refused(ConnectReturnCode.ServerUnavailable, $"authentication failed: {e.Message}");
        }

        if (verdict == MqttAuthenticationResult.Accepted)
        {
            _backoff.Succeeded(address, request.Username);
            return null;
        }

        var backoff = _backoff.Failed(address, request.Username);
        var reason = verdict == MqttAuthenticationResult.BadUsernameOrPassword
            ? $"bad user name or password for user '{request.Username}'"
            : request.Username is null ? "anonymous clients are not allowed" : $"user '{request.Username}' may not connect";
        if (backoff > TimeSpan.Zero)
        {
            reason += $"; too many failed log-ins from {address} or for this user: further attempts refused for {backoff.TotalSeconds:0.#} s";
        }

        return ConnectOutcome.Refused(
            verdict == MqttAuthenticationResult.BadUsernameOrPassword ? ConnectReturnCode.BadUserNameOrPassword : ConnectReturnCode.NotAuthorized,
            reason);
    }

    private void Discard(BrokerSession session)
    {
        Changes.Changed();
        _sessions.TryRemove(new KeyValuePair<string, BrokerSession>(session.ClientId, session));
        foreach (var filter in session.TakeSubscriptions())
        {
            router.Unsubscribe(session, filter);
        }
    }

    private void Raise<T>(EventHandler<T>? handler, T args)
    {
        try
        {
            handler?.Invoke(this, args);
        }
#pragma warning disable CA1031 // A host's event handler must not take the broker down.
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogError(e, "A {Event} handler threw", typeof(T).Name);
        }
    }
}
