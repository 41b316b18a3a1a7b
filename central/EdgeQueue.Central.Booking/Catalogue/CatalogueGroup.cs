namespace EdgeQueue.Central.Booking.Catalogue;

/// <summary>A matter group with its matters, in display order.</summary>
public sealed record CatalogueGroup(MatterGroup Group, IReadOnlyList<MatterSummary> Matters);
