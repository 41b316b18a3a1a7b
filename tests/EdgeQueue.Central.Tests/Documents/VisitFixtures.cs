using EdgeQueue.Central.Documents;

namespace EdgeQueue.Central.Tests.Documents;

internal static class VisitFixtures
{
    /// <summary>Monday 23 November 2026, 9:30–9:45 in Warsaw (UTC+1).</summary>
    public static VisitConfirmation Visit(string code = "K7MQ4PXR") => new(
        code,
        "Wydanie dowodu osobistego; wniosek, odbiór",
        "Wydział Spraw Obywatelskich",
        "Sala obsługi, Libelta",
        "ul. Libelta 16/20, 61-706 Poznań",
        new DateOnly(2026, 11, 23),
        new TimeOnly(9, 30),
        new TimeOnly(9, 45),
        new DateTimeOffset(2026, 11, 23, 9, 30, 0, TimeSpan.FromHours(1)),
        new DateTimeOffset(2026, 11, 23, 9, 45, 0, TimeSpan.FromHours(1)),
        BookedByAgent: false);
}
