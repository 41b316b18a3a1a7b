namespace EdgeQueue.Central.Sync.Link;

/// <summary>One central on its own SQLite store: it serves every site from the start, so there is never anything to take.</summary>
public sealed class SoleSiteOwnership : ISiteOwnership
{
    public bool Owns(string site) => true;

    public IReadOnlyList<string> Claim(IEnumerable<string> sites) => [];

    public void Dispose()
    {
    }
}
