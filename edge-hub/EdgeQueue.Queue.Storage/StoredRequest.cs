using EdgeQueue.Queue.Results;

namespace EdgeQueue.Queue.Storage;

/// <summary>The first reply given to a request id and the range of events it committed (none: null).</summary>
public sealed record StoredRequest(string RequestId, CommandReply Reply, long? FirstSequence, long? LastSequence);
