using EdgeQueue.Testing;

namespace EdgeQueue.Hub.Tests.Support;

/// <summary>The hall TV in a test: headless Chromium on the hub's <c>/display</c>, after its first render.</summary>
internal static class HallScreen
{
    public static Task<ChromiumRunner> OpenAsync(RunningHub hub, int width = 1920, int height = 1080) =>
        HubBrowser.OpenAsync(hub, "/display", "body[data-version]", new ChromiumOptions { ViewportWidth = width, ViewportHeight = height });
}
