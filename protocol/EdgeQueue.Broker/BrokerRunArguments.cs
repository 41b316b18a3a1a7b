namespace EdgeQueue.Broker;

/// <summary>The options of one `edgequeue broker` run.</summary>
internal sealed record BrokerRunArguments(int? Port, string? ConfigFile, string? DataDirectory, double? RunForSeconds);
