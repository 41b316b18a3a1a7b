using System.Text.Json.Nodes;
using EdgeQueue.Contracts.Messages;
using EdgeQueue.Hub.Tests.Support;
using EdgeQueue.Testing;
using Xunit.Abstractions;

namespace EdgeQueue.Hub.Tests.EndToEnd;

/// <summary>The hall TV page in the sizes halls mount: landscape full HD, portrait full HD, 720p.</summary>
public sealed class HallScreenScenarios(ITestOutputHelper output)
{
    [Theory(DisplayName = "02_HallScreen_AtEachTvSize_EverythingFitsNamesAreWholeAndAxeFindsNothing")]
    [InlineData(1920, 1080)]
    [InlineData(1080, 1920)]
    [InlineData(1280, 720)]
    public async Task HallScreen_AtEachTvSize_EverythingFitsNamesAreWholeAndAxeFindsNothing(int width, int height)
    {
        await using var hub = await RunningHub.StartAsync(output, TestSite.Create(WithLongCategoryNames));
        await using var dispenser = await hub.ConnectAsync("disp-01");
        await using var keypad = await hub.ConnectAsync("keypad-01");
        await using var browser = await HallScreen.OpenAsync(hub, width, height);
        for (var i = 0; i < 8; i++)
        {
            await dispenser.SendAsync(new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A"));
        }

        for (var i = 0; i < 6; i++)
        {
            Assert.True((await keypad.SendAsync(new DeviceEvent(keypad.NextEventId(), DeviceEventKinds.CounterNext))).Ok);
        }

        await browser.WaitForSelectorAsync("#latest-ticket:text-is('A006')");
        await browser.WaitForSelectorAsync("#categories [data-prefix=A] .count:text-is('2')");

        // Every element that carries information, measured by the browser: inside the screen, and
        // no text cut (an element's content no wider or taller than its box).
        var problems = await browser.Page.EvaluateAsync<string[]>(@"() => {
            const out = [];
            const w = window.innerWidth, h = window.innerHeight;
            const nodes = [...document.querySelectorAll('#site, #clock, #latest-label, #latest-ticket, #latest-counter, #calls li:first-child, #waiting h2, #categories .name, #categories .count')];
            for (const n of nodes) {
                const r = n.getBoundingClientRect();
                const name = n.id ? '#' + n.id : (n.className + ' ' + n.textContent.trim());
                if (r.left < -1 || r.top < -1 || r.right > w + 1 || r.bottom > h + 1) out.push(name + ' is outside the screen: ' + JSON.stringify(r));
                if (n.scrollWidth > n.clientWidth + 1) out.push(name + ' is cut: ' + n.scrollWidth + ' px of text in ' + n.clientWidth + ' px');
                if (n.scrollHeight > n.clientHeight + 1) out.push(name + ' is cut vertically: ' + n.scrollHeight + ' px in ' + n.clientHeight + ' px');
            }
            // The sections hold what they show: nothing of the call spills out of its panel.
            for (const box of document.querySelectorAll('#latest, #waiting')) {
                if (box.scrollHeight > box.clientHeight + 1) out.push('#' + box.id + ' overflows: ' + box.scrollHeight + ' px of content in ' + box.clientHeight + ' px');
                const outer = box.getBoundingClientRect();
                for (const child of box.querySelectorAll('*')) {
                    const r = child.getBoundingClientRect();
                    if (r.height > 0 && (r.top < outer.top - 1 || r.bottom > outer.bottom + 1)) out.push((child.id || child.className) + ' spills out of #' + box.id);
                }
            }
            return out;
        }");
        var screenshot = await browser.ScreenshotAsync(Path.Combine(AppContext.BaseDirectory, "screenshots", $"02_HallScreen_{width}x{height}.png"), fullPage: false);
        output.WriteLine($"hall screen at {width}×{height}: {screenshot}");

        Assert.Empty(problems);
        Assert.Empty(await browser.AccessibilityViolationsAsync());
    }

    /// <summary>Five categories, some with the long names city halls give them, all served at counter 1.</summary>
    private static void WithLongCategoryNames(JsonObject site)
    {
        var categories = site["categories"]!.AsArray();
        var hours = categories[0]!["hours"]!;
        categories.Add(new JsonObject { ["prefix"] = "C", ["name"] = "Prawa jazdy i uprawnienia do kierowania", ["serviceMinutes"] = 8, ["hours"] = hours.DeepClone() });
        categories.Add(new JsonObject { ["prefix"] = "D", ["name"] = "Zameldowania i wymeldowania", ["serviceMinutes"] = 5, ["hours"] = hours.DeepClone() });
        categories.Add(new JsonObject { ["prefix"] = "E", ["name"] = "Świadczenia i sprawy socjalne", ["serviceMinutes"] = 7, ["hours"] = hours.DeepClone() });
        site["counters"]![0]!["categories"] = new JsonArray("A", "B", "C", "D", "E");
    }
}
