using System.Net;
using System.Text.RegularExpressions;

namespace EdgeQueue.Central.Tests.Pages;

public sealed partial class AntiforgeryTests
{
    [Fact]
    public async Task Post_CancelFormWithoutToken_IsRejectedWith400()
    {
        await using var server = await CentralTestServer.StartInMemoryAsync();
        using var client = server.CreateClient();

        using var response = await client.PostAsync("/odwolaj", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Pesel"] = TestPesel.Valid,
            ["Input.MatterId"] = "1",
            ["Input.Day"] = "2026-12-01",
            ["Input.Code"] = "ABCDEFGH",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_LoginWithTokenFromAnotherSession_IsRejectedWith400()
    {
        await using var server = await CentralTestServer.StartInMemoryAsync();
        using var first = server.CreateClient();
        using var second = server.CreateClient();
        var token = await TokenAsync(first, "/logowanie");

        using var response = await second.PostAsync("/logowanie", Form(token, ("Input.Login", "admin"), ("Input.Password", "x")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_CancelFormWithTokenButEmptyFields_ShowsPolishErrorsNextToFields()
    {
        await using var server = await CentralTestServer.StartInMemoryAsync();
        using var client = server.CreateClient();
        var token = await TokenAsync(client, "/odwolaj");

        using var response = await client.PostAsync("/odwolaj", Form(token, ("Input.Pesel", ""), ("Input.MatterId", ""), ("Input.Day", ""), ("Input.Code", "")));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"Input_Pesel-error\" class=\"error\">Podaj numer PESEL.", html, StringComparison.Ordinal);
        Assert.Contains("Wybierz sprawę.", html, StringComparison.Ordinal);
        Assert.Contains("Podaj dzień wizyty.", html, StringComparison.Ordinal);
        Assert.Contains("Podaj kod potwierdzenia.", html, StringComparison.Ordinal);
    }

    internal static async Task<string> TokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        var match = TokenField().Match(html);
        Assert.True(match.Success, $"no anti-forgery field on {path}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    internal static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new([new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
