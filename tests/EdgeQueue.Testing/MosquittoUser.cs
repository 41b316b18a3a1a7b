namespace EdgeQueue.Testing;

/// <summary>A user name and password written to a Mosquitto password file.</summary>
public sealed record MosquittoUser(string Name, string Password);
