namespace EdgeQueue.Central.Booking.Storage;

/// <summary>
/// One schema version: statements with <c>{id}</c>, <c>{bigid}</c> and <c>{blob}</c> standing for the
/// dialect's column types. Applied once, in order, in one transaction, recorded in schema_migrations.
/// </summary>
internal sealed record Migration(int Version, string Name, IReadOnlyList<string> Statements);
