namespace EdgeQueue.Central.Tests;

/// <summary>One in-memory server shared by the read-only tests of a class (fewer starts, same checks).</summary>
public sealed class SharedServerFixture : IAsyncLifetime
{
    public CentralTestServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await CentralTestServer.StartInMemoryAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
