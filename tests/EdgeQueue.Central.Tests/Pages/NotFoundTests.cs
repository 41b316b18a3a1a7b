using System.Net;

namespace EdgeQueue.Central.Tests.Pages;

public sealed class NotFoundTests(SharedServerFixture shared) : IClassFixture<SharedServerFixture>
{
    [Theory]
    [InlineData("/wydzial/987654")]
    [InlineData("/wydzial/987654/grupa/1")]
    [InlineData("/sprawa/987654")]
    [InlineData("/sprawa/987654/nie-ma-takiej")]
    [InlineData("/sprawa/987654/nie-ma-takiej/2026-12-01")]
    [InlineData("/sprawa/1/nie-ma-takiej/2026-13-45")]
    [InlineData("/rezerwacja/987654/nie-ma-takiej/2026-12-01/0800")]
    [InlineData("/rezerwacja/1/nie-ma-takiej/nie-data/2500")]
    [InlineData("/zalacznik/987654")]
    [InlineData("/potwierdzenie/to-nie-jest-token")]
    [InlineData("/potwierdzenie/to-nie-jest-token/kalendarz")]
    [InlineData("/qr/987654")]
    [InlineData("/nie-ma-takiej-strony")]
    public async Task Get_UnknownId_Returns404WithPolishPage(string path)
    {
        using var client = shared.Server.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Nie znaleziono strony", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
