namespace EdgeQueue.Hub.Site;

/// <summary>The login of the technician page: a user name and a <c>$7$</c> password hash.</summary>
public sealed record TechnicianLogin(string Username, string PasswordHash);
