using EdgeQueue.Hardware.Printing;

namespace EdgeQueue.Hardware.Tests.Printing;

/// <summary>Sample tickets for the printer tests.</summary>
internal static class Receipts
{
    public static TicketReceipt Polish() => new()
    {
        SiteName = "Urząd Miasta Poznania",
        HallName = "Sala obsługi mieszkańców, Libelta 16/20",
        TicketNumber = "A017",
        MatterName = "Dowody osobiste — zażółć gęślą jaźń",
        PeopleWaiting = 5,
        EstimatedWaitMinutes = 12,
        IssuedAt = new DateTimeOffset(2026, 11, 21, 8, 15, 0, TimeSpan.FromHours(1)),
        ETicketUrl = new Uri("https://kolejka.poznan.pl/e/pozn-01/A017?k=7f3a9c"),
        Footer = "Dziękujemy. Prosimy śledzić ekran w sali.",
    };
}
