namespace EdgeQueue.Central.Sync.Link;

/// <summary>
/// Which sites this central instance serves on the sync link. Every instance hears every site (one
/// broker subscription), but a site's events are stored, acknowledged and answered with bookings by
/// exactly one instance at a time, so that two instances never race on one site's sequence.
/// </summary>
public interface ISiteOwnership : IDisposable
{
    /// <summary>True while this instance serves <paramref name="site"/>.</summary>
    bool Owns(string site);

    /// <summary>
    /// Tries to serve each site of <paramref name="sites"/> that no instance serves; returns the sites
    /// this instance took now (it then answers the hub as on a new connection). Also notices a lost
    /// database session, after which it serves nothing until it takes the sites again.
    /// </summary>
    IReadOnlyList<string> Claim(IEnumerable<string> sites);
}
