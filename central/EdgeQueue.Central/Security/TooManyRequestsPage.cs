namespace EdgeQueue.Central.Security;

/// <summary>
/// What a resident sees when a form was sent too often from one address (a library's or the city
/// hall's shared network): a Polish page in the site's style that says nothing was sent and when to
/// try again, with status 429 and Retry-After.
/// </summary>
public static class TooManyRequestsPage
{
    public const string RetryAfterSeconds = "60";

    private const string Html = """
        <!DOCTYPE html>
        <html lang="pl">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>Zbyt wiele prób — spróbuj za minutę</title>
          <link rel="stylesheet" href="/css/site.css">
        </head>
        <body>
          <main>
            <h1>Zbyt wiele prób w krótkim czasie</h1>
            <p>Z tego adresu wysłano w ciągu minuty więcej formularzy, niż przyjmujemy. Ten formularz nie został wysłany.</p>
            <p>Spróbuj ponownie za minutę: wróć do poprzedniej strony i wyślij go jeszcze raz.</p>
            <p><a href="/">Strona główna</a></p>
          </main>
        </body>
        </html>
        """;

    public static ValueTask WriteAsync(HttpContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = RetryAfterSeconds;
        context.Response.ContentType = "text/html; charset=utf-8";
        return new ValueTask(context.Response.WriteAsync(Html, cancellation));
    }
}
