namespace EdgeQueue.Testing;

/// <summary>How <see cref="ChromiumRunner"/> starts the browser.</summary>
public sealed record ChromiumOptions
{
    /// <summary>Debian's Chromium; override with EQ_CHROMIUM. Never a downloaded browser.</summary>
    public string ExecutablePath { get; init; } = Environment.GetEnvironmentVariable("EQ_CHROMIUM") ?? "/usr/bin/chromium";

    public int ViewportWidth { get; init; } = 1280;

    public int ViewportHeight { get; init; } = 900;

    /// <summary>Generous: CI machines are loaded and the first Chromium start is slow.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>False checks that pages work without JavaScript (Playwright's own selectors still work).</summary>
    public bool JavaScriptEnabled { get; init; } = true;

    /// <summary>Emulates a phone: small viewport, touch, mobile user agent behaviour.</summary>
    public bool IsMobile { get; init; }

    /// <summary>Polish, as the residents' browsers are.</summary>
    public string Locale { get; init; } = "pl-PL";
}
