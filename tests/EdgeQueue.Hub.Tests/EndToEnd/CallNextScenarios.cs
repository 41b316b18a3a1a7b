using EdgeQueue.Contracts;
using EdgeQueue.Contracts.Messages;
using EdgeQueue.Hardware.Audio;
using EdgeQueue.Hub.Tests.Support;
using EdgeQueue.Testing;
using Xunit.Abstractions;

namespace EdgeQueue.Hub.Tests.EndToEnd;

/// <summary>A clerk's Next through the embedded broker to the hall screen (real Chromium), hall/calls and the speaker.</summary>
public sealed class CallNextScenarios(ITestOutputHelper output)
{
    [Theory(DisplayName = "02_CallNext_KeypadNext_ShowsCallOnDisplayPageAndWritesAnnouncement")]
    [ClassData(typeof(HallBrokers))]
    public async Task CallNext_KeypadNext_ShowsCallOnDisplayPageAndWritesAnnouncement(HallBroker broker)
    {
        await using var hub = await RunningHub.StartAsync(output, TestSite.Create(), broker: broker);
        await using var dispenser = await hub.ConnectAsync("disp-01");
        await using var keypad = await hub.ConnectAsync("keypad-01");
        await using var browser = await HallScreen.OpenAsync(hub);
        await dispenser.SendAsync(new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A"));
        await dispenser.SendAsync(new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A"));

        var reply = await keypad.SendAsync(new DeviceEvent(keypad.NextEventId(), DeviceEventKinds.CounterNext));

        Assert.True(reply.Ok, reply.Message);
        Assert.Equal("A001", reply.Ticket);
        Assert.Equal(1, reply.Counter);
        Assert.Equal(1, reply.Waiting);
        await browser.WaitForSelectorAsync("#latest-ticket:text-is('A001')");
        Assert.Equal("stanowiska 1", await browser.TextAsync("#latest-counter"));
        await browser.WaitForSelectorAsync("#categories [data-prefix=A] .count:text-is('1')");
        var screenshot = await browser.ScreenshotAsync(Path.Combine(AppContext.BaseDirectory, "screenshots", "02_CallNext_display.png"), fullPage: false);
        output.WriteLine($"hall screen screenshot: {screenshot}");
        Assert.True(new FileInfo(screenshot).Length > 10_000);

        var calls = ContractJson.Deserialize<HallCalls>((await keypad.WaitForAsync(keypad.Topics.HallCalls,
            m => ContractJson.Deserialize<HallCalls>(m.Payload.Span).Calls.Count > 0)).Payload.Span);
        Assert.Equal(("A001", 1, false), (calls.Calls[0].Ticket, calls.Calls[0].Counter, calls.Calls[0].Recall));
        var show = await keypad.WaitForAsync(keypad.Topics.DeviceShow(keypad.Id),
            m => ContractJson.Deserialize<DeviceShow>(m.Payload.Span).Text == "A001");
        Assert.Equal(1, ContractJson.Deserialize<DeviceShow>(show.Payload.Span).Waiting);
        var config = ContractJson.Deserialize<DeviceConfig>((await keypad.WaitForAsync(keypad.Topics.DeviceConfig(keypad.Id))).Payload.Span);
        Assert.Equal((DeviceRoles.Keypad, 1), (config.Role, config.Counter));

        var wav = await Eventually.UntilAsync(() => Directory.GetFiles(hub.Host.AnnouncementFolder!, "*A001.wav").FirstOrDefault(), f => f is not null);
        var expected = new AnnouncementComposer(VoiceClipSet.LoadDefault()).ComposeCall("A001", 1).ToWavBytes();
        var written = await Eventually.UntilAsync(() => File.ReadAllBytes(wav!), b => b.Length >= expected.Length);
        Assert.Equal(expected, written);
    }

    [Theory(DisplayName = "02_CallNext_RecallAndNext_RecallBelowTheNewestCallAndAnnouncedAsARecall")]
    [ClassData(typeof(HallBrokers))]
    public async Task CallNext_RecallAndNext_RecallBelowTheNewestCallAndAnnouncedAsARecall(HallBroker broker)
    {
        await using var hub = await RunningHub.StartAsync(output, TestSite.Create(), broker: broker);
        await using var dispenser = await hub.ConnectAsync("disp-01");
        await using var keypad1 = await hub.ConnectAsync("keypad-01");
        await using var keypad2 = await hub.ConnectAsync("keypad-02");
        await dispenser.SendAsync(new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A"));
        await dispenser.SendAsync(new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "B"));

        Assert.Equal("A001", (await keypad1.SendAsync(new DeviceEvent(keypad1.NextEventId(), DeviceEventKinds.CounterNext))).Ticket);
        Assert.Equal("B001", (await keypad2.SendAsync(new DeviceEvent(keypad2.NextEventId(), DeviceEventKinds.CounterNext))).Ticket);
        var recall = await keypad1.SendAsync(new DeviceEvent(keypad1.NextEventId(), DeviceEventKinds.CounterRecall));
        var idle = await keypad2.SendAsync(new DeviceEvent(keypad2.NextEventId(), DeviceEventKinds.CounterNext));
        var empty = await keypad2.SendAsync(new DeviceEvent(keypad2.NextEventId(), DeviceEventKinds.CounterNext));

        Assert.True(recall.Ok, recall.Message);
        Assert.Equal("A001", recall.Ticket);
        Assert.True(idle.Ok, idle.Message);
        Assert.Null(idle.Ticket);
        Assert.False(empty.Ok);
        Assert.Equal(ReplyErrors.NothingToCall, empty.Error);
        // B001 was called after A001: it keeps the big panel; the recall of A001 heads the list, marked.
        var board = await Eventually.UntilAsync(() => hub.Host.Board.Current, v => v.Calls.Count == 2 && v.Calls[1].Recall);
        Assert.Equal([("B001", false), ("A001", true)], board.Calls.Select(c => (c.Ticket, c.Recall)));
        var files = await Eventually.UntilAsync(
            () => Directory.GetFiles(hub.Host.AnnouncementFolder!, "*.wav").Order(StringComparer.Ordinal).ToList(), f => f.Count >= 3);
        Assert.Equal(["A001", "B001", "A001"], files.Select(f => Path.GetFileNameWithoutExtension(f)[^4..]));
        var composer = new AnnouncementComposer(VoiceClipSet.LoadDefault());
        var expected = composer.ComposeRecall("A001", 1).ToWavBytes();
        Assert.Equal(expected, await Eventually.UntilAsync(() => File.ReadAllBytes(files[2]), b => b.Length >= expected.Length));
        Assert.NotEqual(composer.ComposeCall("A001", 1).ToWavBytes(), expected);
    }

    [Fact(DisplayName = "02_CallNext_RecallOnTheHallScreen_PanelKeepsTheNewestCallAndTheRecallReadsPonownie")]
    public async Task CallNext_RecallOnTheHallScreen_PanelKeepsTheNewestCallAndTheRecallReadsPonownie()
    {
        await using var hub = await RunningHub.StartAsync(output, TestSite.Create());
        await using var dispenser = await hub.ConnectAsync("disp-01");
        await using var keypad1 = await hub.ConnectAsync("keypad-01");
        await using var keypad2 = await hub.ConnectAsync("keypad-02");
        await using var browser = await HallScreen.OpenAsync(hub);
        await dispenser.SendAsync(new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A"));
        await dispenser.SendAsync(new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "B"));
        await keypad1.SendAsync(new DeviceEvent(keypad1.NextEventId(), DeviceEventKinds.CounterNext));
        await keypad2.SendAsync(new DeviceEvent(keypad2.NextEventId(), DeviceEventKinds.CounterNext));
        await browser.WaitForSelectorAsync("#latest-ticket:text-is('B001')");

        var recall = await keypad1.SendAsync(new DeviceEvent(keypad1.NextEventId(), DeviceEventKinds.CounterRecall));

        Assert.True(recall.Ok, recall.Message);
        await browser.WaitForSelectorAsync("#calls li.flash:has(.again)");
        Assert.Equal("B001", await browser.TextAsync("#latest-ticket"));
        Assert.Equal("Zapraszamy numer", await browser.TextAsync("#latest-label"));
        Assert.Equal("A001\nponownie\nstanowisko 1", await browser.TextAsync("#calls li:first-child"));
        Assert.True(await browser.Page.EvaluateAsync<bool>("() => { const li = document.querySelector('#calls li'); return li.scrollWidth <= li.clientWidth; }"),
            "the recall's line is cut");
        var screenshot = await browser.ScreenshotAsync(Path.Combine(AppContext.BaseDirectory, "screenshots", "02_CallNext_recall.png"), fullPage: false);
        output.WriteLine($"hall screen with a recall: {screenshot}");
        Assert.Empty(await browser.AccessibilityViolationsAsync());

        // Recalled again, and now the newest call: the panel itself says so.
        await keypad2.SendAsync(new DeviceEvent(keypad2.NextEventId(), DeviceEventKinds.CounterRecall));
        await browser.WaitForSelectorAsync("#latest-label:text-is('Ponownie zapraszamy numer')");
        Assert.Equal("B001", await browser.TextAsync("#latest-ticket"));
    }

    [Fact(DisplayName = "02_CallNext_CallFlash_NumberKeepsContrastOf7ToOneThroughTheWholeAnimation")]
    public async Task CallNext_CallFlash_NumberKeepsContrastOf7ToOneThroughTheWholeAnimation()
    {
        await using var hub = await RunningHub.StartAsync(output, TestSite.Create());
        await using var dispenser = await hub.ConnectAsync("disp-01");
        await using var keypad = await hub.ConnectAsync("keypad-01");
        await using var browser = await HallScreen.OpenAsync(hub);
        await dispenser.SendAsync(new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A"));
        await dispenser.SendAsync(new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A"));
        await keypad.SendAsync(new DeviceEvent(keypad.NextEventId(), DeviceEventKinds.CounterNext));
        await browser.WaitForSelectorAsync("#latest-ticket:text-is('A001')");

        await keypad.SendAsync(new DeviceEvent(keypad.NextEventId(), DeviceEventKinds.CounterNext));

        await browser.WaitForSelectorAsync("#latest.flash");
        // The browser's own animation engine, paused at each 50 ms of the flash: the colours the TV
        // shows behind and in the number at that moment.
        var samples = await browser.Page.EvaluateAsync<string[][]>(@"() => {
            const panel = document.getElementById('latest');
            const number = document.getElementById('latest-ticket');
            const animations = panel.getAnimations();
            const end = Math.max(...animations.map(a => a.effect.getComputedTiming().endTime));
            const out = [];
            for (let t = 0; t <= end; t += 50) {
                for (const a of animations) { a.pause(); a.currentTime = t; }
                out.push([String(t), getComputedStyle(panel).backgroundColor, getComputedStyle(number).color, getComputedStyle(panel).boxShadow]);
            }
            return out;
        }");

        Assert.True(samples.Length >= 20, $"the flash lasted {samples.Length * 50} ms");
        Assert.Contains(samples, s => s[3] != "none");
        foreach (var sample in samples)
        {
            var ratio = CssColour.ContrastRatio(CssColour.Parse(sample[2]), CssColour.Parse(sample[1]));
            Assert.True(ratio >= 7, $"at {sample[0]} ms the number ({sample[2]}) on the panel ({sample[1]}) has contrast {ratio:F2}:1");
        }
    }

}
