namespace EdgeQueue.Central.Booking.Catalogue;

/// <summary>A department with its matter groups and matters: the second step of booking.</summary>
public sealed record CatalogueDepartment(Department Department, IReadOnlyList<CatalogueGroup> Groups);
