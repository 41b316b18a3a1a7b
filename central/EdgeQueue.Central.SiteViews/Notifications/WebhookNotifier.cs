using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace EdgeQueue.Central.SiteViews.Notifications;

/// <summary>
/// Hands the message to an SMS gateway (or any service) by HTTP POST of
/// <c>{"to":"+48600100200","text":"…","site":"…","ticket":"A017"}</c> to the configured URL, with
/// <c>Authorization: Bearer</c> when a token is set. Any status other than 2xx is a failure.
/// </summary>
public sealed class WebhookNotifier : INotifier
{
    private readonly HttpClient _http;
    private readonly Uri _url;
    private readonly string _token;

    public WebhookNotifier(HttpClient http, NotificationOptions options)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        if (!Uri.TryCreate(options.WebhookUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException(
                $"{NotificationOptions.SectionName}:WebhookUrl must be an absolute http(s) URL, not '{options.WebhookUrl}'", nameof(options));
        }

        _http = http;
        _url = url;
        _token = options.WebhookToken;
        _http.Timeout = TimeSpan.FromSeconds(Math.Max(1, options.WebhookTimeoutSeconds));
    }

    public async Task NotifyAsync(TicketNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        using var request = new HttpRequestMessage(HttpMethod.Post, _url)
        {
            Content = JsonContent.Create(new WebhookMessage(notification.Phone, notification.Text, notification.Site, notification.Ticket)),
        };
        if (_token.Length > 0)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        }

        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, cancellationToken);
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new NotificationFailedException($"SMS gateway {_url.GetLeftPart(UriPartial.Authority)} unreachable: {error.Message}", error);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new NotificationFailedException(
                    $"SMS gateway {_url.GetLeftPart(UriPartial.Authority)} answered {(int)response.StatusCode} {response.ReasonPhrase}");
            }
        }
    }
}
