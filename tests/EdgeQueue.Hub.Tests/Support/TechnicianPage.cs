using System.Text;
using EdgeQueue.Testing;

namespace EdgeQueue.Hub.Tests.Support;

/// <summary>The technician's <c>/devices</c> page in headless Chromium, logged in, after its first live render.</summary>
internal static class TechnicianPage
{
    public static Task<ChromiumRunner> OpenAsync(RunningHub hub, int width = 1280, int height = 720, bool phone = false) =>
        HubBrowser.OpenAsync(hub, "/devices", "#devices tr[data-device]",
            new ChromiumOptions { ViewportWidth = width, ViewportHeight = height, IsMobile = phone },
            new Dictionary<string, string>
            {
                ["Authorization"] = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{TestSite.TechnicianUser}:{TestSite.TechnicianPassword}")),
            });
}
