namespace EdgeQueue.Central.Hosting;

/// <summary>What the command line (or a test) chooses for one run of the central web host.</summary>
/// <param name="DataDirectory">Folder for the SQLite database, data-protection keys, the mail pickup folder and uploads.</param>
/// <param name="Urls">Kestrel addresses, e.g. "http://127.0.0.1:5080"; null keeps ASP.NET's default.</param>
/// <param name="ConnectionString">A PostgreSQL connection string; null means SQLite under <see cref="DataDirectory"/>.</param>
/// <param name="RunFor">Stop by itself after this long (smoke tests, demos); null runs until stopped.</param>
public sealed record CentralHostOptions(
    string DataDirectory,
    string? Urls = null,
    string? ConnectionString = null,
    TimeSpan? RunFor = null);
