namespace EdgeQueue.Central.SiteViews.Notifications;

/// <summary>
/// Configuration <c>Central:Notifications</c>: <see cref="Notifier"/> <c>log</c> (default: messages
/// go to the log, phone masked) or <c>webhook</c> (HTTP POST of JSON to <see cref="WebhookUrl"/>,
/// the usual shape of SMS gateways, with an optional bearer token).
/// </summary>
public sealed record NotificationOptions
{
    public const string SectionName = "Central:Notifications";

    public const string Log = "log";

    public const string Webhook = "webhook";

    public string Notifier { get; init; } = Log;

    public string WebhookUrl { get; init; } = string.Empty;

    public string WebhookToken { get; init; } = string.Empty;

    public int WebhookTimeoutSeconds { get; init; } = 10;

    /// <summary>How often the site statuses are checked for tickets that came close.</summary>
    public int CheckSeconds { get; init; } = 5;

    /// <summary>A failed message is tried again this many times before it is dropped (and logged).</summary>
    public int Attempts { get; init; } = 3;

    /// <summary>SMS opt-in posts one client address may make per minute.</summary>
    public int OptInsPerMinute { get; init; } = 10;

    /// <summary>The offered choices of "notify me when this many people are ahead".</summary>
    public IReadOnlyList<int> AheadChoices { get; init; } = [1, 3, 5, 10];
}
