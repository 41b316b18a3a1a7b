using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace EdgeQueue.Simulator.Hall;

/// <summary>
/// Central's JSON API as a client sees it: anonymous (a resident booking), or logged in through the
/// staff log-in page (<c>/logowanie</c>, with its anti-forgery token) like an administrator in a
/// browser, whose cookie then opens <c>/api/admin</c> and the staff pages. Refusals become one-line
/// errors carrying central's Polish message.
/// </summary>
internal sealed partial class CentralDesk : IDisposable
{
    /// <summary>The API's JSON: web defaults, enums by name (as central writes them).</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly HttpClient _http;

    private CentralDesk(Uri central)
    {
        _http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = central,
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    /// <summary>A client without a log-in: what any resident's browser or app is.</summary>
    public static CentralDesk Anonymous(Uri central) => new(central);

    /// <summary>Logs in through the staff log-in form; fails with the reason when central refuses.</summary>
    public static async Task<CentralDesk> LogInAsync(Uri central, string login, string password, CancellationToken cancellationToken)
    {
        var desk = new CentralDesk(central);
        try
        {
            var form = await desk._http.GetStringAsync(new Uri("logowanie", UriKind.Relative), cancellationToken);
            if (AntiforgeryField().Match(form) is not { Success: true } token)
            {
                throw new InvalidOperationException("central's log-in page carries no anti-forgery token");
            }

            using var body = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Login"] = login,
                ["Input.Password"] = password,
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            });
            using var response = await desk._http.PostAsync(new Uri("logowanie", UriKind.Relative), body, cancellationToken);
            if (response.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"central refused the log-in of '{login}' ({(int)response.StatusCode})");
            }

            return desk;
        }
        catch
        {
            desk.Dispose();
            throw;
        }
    }

    public async Task<TResult> PostAsync<TResult>(string path, object body, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync(new Uri(path, UriKind.Relative), body, Json, cancellationToken);
        return await ReadAsync<TResult>(response, path, cancellationToken);
    }

    public async Task PutAsync(string path, object body, CancellationToken cancellationToken)
    {
        using var response = await _http.PutAsJsonAsync(new Uri(path, UriKind.Relative), body, Json, cancellationToken);
        await EnsureSuccessAsync(response, path, cancellationToken);
    }

    /// <summary>A page or file as text (e.g. <c>/statystyki?handler=csv…</c> for a logged-in administrator).</summary>
    public async Task<string> GetTextAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
        await EnsureSuccessAsync(response, path, cancellationToken);
        return await response.Content.ReadAsStringAsync(cancellationToken);
    }

    public void Dispose() => _http.Dispose();

    private static async Task<TResult> ReadAsync<TResult>(HttpResponseMessage response, string path, CancellationToken cancellationToken)
    {
        await EnsureSuccessAsync(response, path, cancellationToken);
        return await response.Content.ReadFromJsonAsync<TResult>(Json, cancellationToken)
            ?? throw new InvalidOperationException($"central answered {path} with an empty body");
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, string path, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var detail = await response.Content.ReadAsStringAsync(cancellationToken);
        throw new CentralRefusedException(path, (int)response.StatusCode, ProblemDetail(detail));
    }

    /// <summary>The problem's <c>detail</c> (central's Polish message), or the start of whatever came back.</summary>
    private static string ProblemDetail(string body)
    {
        try
        {
            using var problem = JsonDocument.Parse(body);
            if (problem.RootElement.ValueKind == JsonValueKind.Object && problem.RootElement.TryGetProperty("detail", out var detail))
            {
                return detail.GetString() ?? string.Empty;
            }
        }
        catch (JsonException)
        {
        }

        return body.Length > 200 ? body[..200] : body;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
