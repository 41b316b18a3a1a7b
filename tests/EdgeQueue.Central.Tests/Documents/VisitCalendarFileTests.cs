using System.Text;
using EdgeQueue.Central.Documents;

namespace EdgeQueue.Central.Tests.Documents;

public sealed class VisitCalendarFileTests
{
    private static readonly DateTimeOffset Stamp = new(2026, 11, 21, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Create_Visit_HasUtcStartEndAndCodeInUid()
    {
        var text = Unfolded(VisitCalendarFile.Create(VisitFixtures.Visit(), Stamp));

        Assert.Contains("\r\nDTSTART:20261123T083000Z\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nDTEND:20261123T084500Z\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nUID:K7MQ4PXR@edgequeue\r\n", text, StringComparison.Ordinal);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.EndsWith("END:VCALENDAR\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_TextWithCommasAndSemicolons_IsEscaped()
    {
        var text = Unfolded(VisitCalendarFile.Create(VisitFixtures.Visit(), Stamp));

        Assert.Contains("SUMMARY:Wizyta w urzędzie: Wydanie dowodu osobistego\\; wniosek\\, odbiór", text, StringComparison.Ordinal);
        Assert.Contains("LOCATION:Sala obsługi\\, Libelta\\, ul. Libelta 16/20\\, 61-706 Poznań", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_LongLines_AreFoldedAt75OctetsWithoutSplittingCharacters()
    {
        var bytes = VisitCalendarFile.Create(VisitFixtures.Visit(), Stamp);
        var lines = Encoding.UTF8.GetString(bytes).Split("\r\n");

        Assert.All(lines, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.Contains(lines, line => line.StartsWith(' '));
        Assert.DoesNotContain('\uFFFD', Encoding.UTF8.GetString(bytes));
    }

    private static string Unfolded(byte[] bytes) => Encoding.UTF8.GetString(bytes).Replace("\r\n ", "", StringComparison.Ordinal);
}
