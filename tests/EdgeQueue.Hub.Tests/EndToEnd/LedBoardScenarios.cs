using System.Text.Json.Nodes;
using EdgeQueue.Contracts.Messages;
using EdgeQueue.Hardware.LedBoard;
using EdgeQueue.Hub.Display;
using EdgeQueue.Hub.Tests.Support;
using EdgeQueue.Simulation.LedBoard;
using EdgeQueue.Testing;
using Xunit.Abstractions;

namespace EdgeQueue.Hub.Tests.EndToEnd;

/// <summary>
/// The hall LED board driven by the whole hub: calls come from keypads over MQTT, the board's SPI
/// bytes go to a simulated chain of MAX7219s, whose register contents are read back as pixels.
/// Two rows of four modules (32×16 pixels): counter 1 on top, counter 2 below.
/// </summary>
public sealed class LedBoardScenarios(ITestOutputHelper output)
{
    private static readonly LedBoardLayout Layout = new(Rows: 2, ModulesPerRow: 4);

    [Fact(DisplayName = "11_LedBoard_KeypadNext_RowShowsTicketArrowCounterBlinksThenStaysLit")]
    public async Task LedBoard_KeypadNext_RowShowsTicketArrowCounterBlinksThenStaysLit()
    {
        var chain = new SimulatedMax7219Chain(Layout.Modules);
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.FromHours(1)));
        await using var hub = await RunningHub.StartAsync(output, BoardSite(), time: clock, hardware: o => o with { LedBoardSpi = chain });
        await using var dispenser = await hub.ConnectAsync("disp-01");
        await using var keypad = await hub.ConnectAsync("keypad-01");
        var before = chain.Image(Layout);

        await dispenser.SendAsync(new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A"));
        var next = await keypad.SendAsync(new DeviceEvent(keypad.NextEventId(), DeviceEventKinds.CounterNext));
        var called = Expected(("A001>1", 0));
        await Eventually.UntilAsync(() => chain.Image(Layout).SameAs(called), "A001>1 on the top row");
        clock.Advance(HallLedBoard.BlinkHalfPeriod);
        var blinkedOff = chain.Image(Layout);
        clock.Advance(HallLedBoard.BlinkFor);

        Assert.Equal("A001", next.Ticket);
        Assert.Equal(0, before.LitCount);
        Assert.Equal(0, blinkedOff.LitCount);
        Assert.True(chain.Image(Layout).SameAs(called), chain.Image(Layout).ToText());
        Assert.True(chain.AllConfigured);
    }

    [Fact(DisplayName = "11_LedBoard_Recall_MarkedWithAStarAndBlinksAgain")]
    public async Task LedBoard_Recall_MarkedWithAStarAndBlinksAgain()
    {
        var chain = new SimulatedMax7219Chain(Layout.Modules);
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.FromHours(1)));
        await using var hub = await RunningHub.StartAsync(output, BoardSite(), time: clock, hardware: o => o with { LedBoardSpi = chain });
        await using var dispenser = await hub.ConnectAsync("disp-01");
        await using var keypad = await hub.ConnectAsync("keypad-01");
        await dispenser.SendAsync(new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A"));
        await keypad.SendAsync(new DeviceEvent(keypad.NextEventId(), DeviceEventKinds.CounterNext));
        clock.Advance(HallLedBoard.BlinkFor + HallLedBoard.BlinkHalfPeriod);

        await keypad.SendAsync(new DeviceEvent(keypad.NextEventId(), DeviceEventKinds.CounterRecall));
        var recalled = Expected(("A001>1*", 0));
        await Eventually.UntilAsync(() => chain.Image(Layout).SameAs(recalled), "A001>1* on the top row");
        clock.Advance(HallLedBoard.BlinkHalfPeriod);

        Assert.Equal(0, chain.Image(Layout).LitCount);
    }

    [Fact(DisplayName = "11_LedBoard_CounterOpenedIdleAndOtherClosed_ArrowAndCounterAloneOtherRowDark")]
    public async Task LedBoard_CounterOpenedIdleAndOtherClosed_ArrowAndCounterAloneOtherRowDark()
    {
        var chain = new SimulatedMax7219Chain(Layout.Modules);
        await using var hub = await RunningHub.StartAsync(output, BoardSite(), hardware: o => o with { LedBoardSpi = chain });
        await using var keypad = await hub.ConnectAsync("keypad-02");

        var reply = await keypad.SendAsync(new DeviceEvent(keypad.NextEventId(), DeviceEventKinds.CounterNext));

        Assert.Equal(ReplyErrors.NothingToCall, reply.Error);
        var idle = new LedImage(Layout.Width, Layout.Height);
        LedFont.Default.Draw(idle, ">2", Layout.Width - LedFont.Default.Measure(">2"), 8);
        await Eventually.UntilAsync(() => chain.Image(Layout).SameAs(idle), "'>2' right-aligned on the bottom row, the top row dark");
    }

    [Fact(DisplayName = "11_LedBoard_SpiDeviceMissing_HallServedAndThePageSaysWhy")]
    public async Task LedBoard_SpiDeviceMissing_HallServedAndThePageSaysWhy()
    {
        // No SPI device given: the hub opens /dev/spidev6.3, which no build machine or Pi has.
        var site = BoardSite(json => json["ledBoard"]!["spi"] = new JsonObject { ["bus"] = 6, ["cs"] = 3 });
        await using var hub = await RunningHub.StartAsync(output, site);
        await using var dispenser = await hub.ConnectAsync("disp-01");

        var reply = await dispenser.SendAsync(new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A"));

        Assert.Equal("A001", reply.Ticket);
        Assert.Null(hub.Host.LedBoard);
        Assert.StartsWith("unavailable: ledBoard: /dev/spidev6.3 cannot be opened", hub.Host.Parts.DevicesView().LedBoard, StringComparison.Ordinal);
    }

    private static Hub.Site.SiteDefinition BoardSite(Action<JsonObject>? more = null) => TestSite.Create(json =>
    {
        json["ledBoard"] = new JsonObject { ["spi"] = new JsonObject { ["bus"] = 0, ["cs"] = 0 }, ["modules"] = 8, ["rows"] = 2 };
        more?.Invoke(json);
    });

    private static LedImage Expected(params (string Text, int Row)[] rows)
    {
        var image = new LedImage(Layout.Width, Layout.Height);
        foreach (var (text, row) in rows)
        {
            LedFont.Default.Draw(image, text, 0, row * 8);
        }

        return image;
    }
}
