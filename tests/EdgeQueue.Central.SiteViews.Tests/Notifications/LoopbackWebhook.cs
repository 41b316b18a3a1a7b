using System.Collections.Concurrent;
using System.Net;
using EdgeQueue.Testing;

namespace EdgeQueue.Central.SiteViews.Tests.Notifications;

/// <summary>An SMS gateway stand-in: a real HTTP listener on a loopback port that records every request and answers a set status.</summary>
internal sealed class LoopbackWebhook : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public LoopbackWebhook()
    {
        var port = FreePort.Next();
        Url = $"http://127.0.0.1:{port}/sms/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public string Url { get; }

    public HttpStatusCode Answer { get; set; } = HttpStatusCode.Accepted;

    public BlockingCollection<(string Method, string? Authorization, string ContentType, string Body)> Received { get; } = [];

    public (string Method, string? Authorization, string ContentType, string Body) Next()
    {
        Assert.True(Received.TryTake(out var request, TimeSpan.FromSeconds(30)), "the webhook received nothing");
        return request;
    }

    public void Dispose()
    {
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(10));
        Received.Dispose();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception error) when (error is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream);
            var body = await reader.ReadToEndAsync();
            Received.Add((context.Request.HttpMethod, context.Request.Headers["Authorization"], context.Request.ContentType ?? "", body));
            context.Response.StatusCode = (int)Answer;
            context.Response.Close();
        }
    }
}
