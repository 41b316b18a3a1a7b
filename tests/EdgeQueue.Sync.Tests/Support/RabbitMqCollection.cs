namespace EdgeQueue.Sync.Tests.Support;

/// <summary>
/// The test classes that use the shared <see cref="RabbitMqNode"/>: one node for all of them, as a
/// node takes seconds to start; they run one after another.
/// </summary>
[CollectionDefinition(Name)]
public sealed class RabbitMqCollection : ICollectionFixture<RabbitMqNode>
{
    public const string Name = "RabbitMQ central broker";
}
