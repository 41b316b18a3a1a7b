using EdgeQueue.Central.Booking.Administration;

namespace EdgeQueue.Central.Booking.Users;

/// <summary>
/// Staff accounts with roles; passwords hashed with PBKDF2 (salted, iteration count stored with the
/// hash). Changes are audited like other administration commands.
/// </summary>
public interface IUserDirectory
{
    /// <summary>The user if the login exists, is active and the password matches; null otherwise.</summary>
    Task<StaffUser?> VerifyPasswordAsync(string login, string password, CancellationToken cancellation = default);

    Task<StaffUser?> GetAsync(string login, CancellationToken cancellation = default);

    Task<IReadOnlyList<StaffUser>> ListAsync(CancellationToken cancellation = default);

    /// <summary>Login: 3–64 of a–z, 0–9, '.', '-', '_'. Password: at least 12 characters.</summary>
    Task<AdminResult<int>> CreateAsync(string login, string displayName, string password, IReadOnlyList<string> roles, string actor, CancellationToken cancellation = default);

    Task<AdminResult> SetPasswordAsync(string login, string newPassword, string actor, CancellationToken cancellation = default);

    Task<AdminResult> SetRolesAsync(string login, IReadOnlyList<string> roles, string actor, CancellationToken cancellation = default);

    /// <summary>Deactivated users cannot log in; they stay for the audit log.</summary>
    Task<AdminResult> SetActiveAsync(string login, bool active, string actor, CancellationToken cancellation = default);

    /// <summary>
    /// The user's security stamp, which changes with every change of roles, password or activity and
    /// at <see cref="RenewSecurityStampAsync"/>; null for an unknown or deactivated user. A session
    /// issued with another stamp is no longer valid.
    /// </summary>
    Task<string?> GetSecurityStampAsync(string login, CancellationToken cancellation = default);

    /// <summary>A new stamp: every session of the user ends (log-out).</summary>
    Task RenewSecurityStampAsync(string login, CancellationToken cancellation = default);
}
