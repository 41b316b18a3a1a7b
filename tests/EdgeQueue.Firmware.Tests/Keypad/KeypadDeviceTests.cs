using System.Text.Json;
using EdgeQueue.Firmware.Core.Contract;
using EdgeQueue.Firmware.Core.Keypad;
using EdgeQueue.Firmware.Core.Lights;
using EdgeQueue.Firmware.Tests.Fakes;

namespace EdgeQueue.Firmware.Tests.Keypad;

public sealed class KeypadDeviceTests
{
    private static string KindOf(PublishedMessage message) => JsonDocument.Parse(message.Payload).RootElement.GetProperty("kind").GetString()!;

    /// <summary>Issue 15 item 7: the broker is up but the hub is gone (its will): "HUb-" at once, presses send nothing.</summary>
    [Fact]
    public void HubState_HubGoneWhileBrokerUp_ShowsHubOfflineAndSendsNothingUntilItIsBack()
    {
        var rig = new KeypadRig();

        rig.Link.Deliver(rig.Topics.HubState, "{\"online\":false}");
        rig.Tick();
        rig.Press(KeypadButtons.Next);

        Assert.Equal(KeypadTexts.HubOffline, rig.Display.Text);
        Assert.Equal(KeypadMode.Offline, rig.Logic.Mode);
        Assert.Empty(rig.Events);

        rig.Link.Deliver(rig.Topics.HubState, "{\"online\":true,\"central\":\"up\",\"configVersion\":3}");
        rig.Tick();
        rig.Press(KeypadButtons.Next);

        Assert.Equal(EventKinds.CounterNext, KindOf(Assert.Single(rig.Events)));
    }

    [Theory]
    [InlineData(KeypadButtons.Next, EventKinds.CounterNext)]
    [InlineData(KeypadButtons.Recall, EventKinds.CounterRecall)]
    [InlineData(KeypadButtons.NoShow, EventKinds.CounterNoShow)]
    [InlineData(KeypadButtons.Done, EventKinds.CounterDone)]
    public void Press_ActionButton_SendsItsCounterEvent(int button, string kind)
    {
        var rig = new KeypadRig();

        rig.Press(button);

        Assert.Equal(kind, KindOf(Assert.Single(rig.Events)));
        Assert.Equal(KeypadMode.Busy, rig.Logic.Mode);
        Assert.Equal(LightPattern.BlinkFast, rig.Logic.DisplayPattern);
    }

    [Fact]
    public void Reply_NextAnswered_DisplayShowsCalledTicket()
    {
        var rig = new KeypadRig();
        Assert.Equal("----", rig.Display.Text);
        rig.Press(KeypadButtons.Next);
        rig.Run(300);
        Assert.Contains("    ", rig.Display.History); // blinking while waiting

        rig.Reply("{\"re\":\"" + rig.LastEventId + "\",\"ok\":true,\"ticket\":\"A017\",\"counter\":5}");

        Assert.Equal("A017", rig.Display.Text);
        Assert.Equal("A017", rig.Logic.CurrentTicket);
        Assert.Equal(KeypadMode.Ready, rig.Logic.Mode);
    }

    [Fact]
    public void Press_NextTwiceQuickly_SecondIgnoredByDoublePressGuard()
    {
        var rig = new KeypadRig();
        rig.Press(KeypadButtons.Next);
        rig.Reply("{\"re\":\"" + rig.LastEventId + "\",\"ok\":true,\"ticket\":\"A017\"}");

        rig.Press(KeypadButtons.Next); // 180 ms later: a nervous double tap
        rig.Press(KeypadButtons.Done);

        Assert.Single(rig.Events);
        Assert.Equal(2, rig.Logic.IgnoredPresses);

        rig.Run(rig.Settings.GuardMs);
        rig.Press(KeypadButtons.Done);
        Assert.Equal(EventKinds.CounterDone, KindOf(rig.Events[^1]));
    }

    [Fact]
    public void Press_DuringOutstandingEvent_IgnoredEvenAfterGuard()
    {
        var rig = new KeypadRig();
        rig.Press(KeypadButtons.Done);
        rig.Run(rig.Settings.GuardMs + 100);

        rig.Press(KeypadButtons.Next);

        Assert.All(rig.Events, e => Assert.Equal(EventKinds.CounterDone, KindOf(e))); // retransmissions of Done only
        Assert.Equal(1, rig.Logic.Sent);
    }

    [Fact]
    public void Reply_DoneAnsweredWithoutTicket_DisplayShowsNoTicket()
    {
        var rig = new KeypadRig();
        rig.Link.Deliver(rig.Topics.Show, "{\"text\":\"A017\",\"waiting\":4}");
        rig.Device.Tick();
        Assert.Equal("A017", rig.Display.Text);

        rig.Press(KeypadButtons.Done);
        rig.Reply("{\"re\":\"" + rig.LastEventId + "\",\"ok\":true}");

        Assert.Equal("----", rig.Display.Text);
    }

    [Fact]
    public void Reply_Error_ShowsShortCodeThenReturns()
    {
        var rig = new KeypadRig();
        rig.Press(KeypadButtons.Next);

        rig.Reply("{\"re\":\"" + rig.LastEventId + "\",\"ok\":false,\"error\":\"nothing-to-call\",\"message\":\"Brak osób\"}");

        Assert.Equal("nonE", rig.Display.Text);
        Assert.Equal(ReplyErrorCodes.NothingToCall, rig.Logic.LastError);
        rig.Run(rig.Settings.ReplyShowMs);
        Assert.Equal("----", rig.Display.Text);
    }

    [Fact]
    public void Tick_EventNeverAnswered_ShowsErr3AfterTimeout()
    {
        var rig = new KeypadRig();
        rig.Press(KeypadButtons.Recall);

        rig.Run(rig.Settings.EventTimeoutMs, stepMs: 50);

        Assert.True(rig.Events.Count > 1);
        Assert.Single(rig.Events.Select(e => e.Text).Distinct());
        Assert.Equal("Err3", rig.Display.Text);
        Assert.Equal(KeypadMode.Ready, rig.Logic.Mode);
    }

    [Fact]
    public void Show_TextAndWaiting_DisplayedAndLongPressNextShowsWaiting()
    {
        var rig = new KeypadRig();

        rig.Link.Deliver(rig.Topics.Show, "{\"text\":\"B004\",\"waiting\":12}");
        rig.Device.Tick();
        Assert.Equal("B004", rig.Display.Text);

        rig.Press(KeypadButtons.Next, holdMs: rig.Settings.LongPressMs + 10);

        Assert.Empty(rig.Events);
        Assert.Equal("C 12", rig.Display.Text);
    }

    [Fact]
    public void Transfer_ChooseSecondCategoryAndConfirm_SendsTransferToIt()
    {
        var rig = new KeypadRig();
        rig.Link.Deliver(rig.Topics.Show, "{\"text\":\"A017\"}");
        rig.Device.Tick();

        rig.Press(KeypadButtons.Transfer);
        Assert.Equal(KeypadMode.ChoosingCategory, rig.Logic.Mode);
        Assert.Equal("t- B", rig.Display.Text); // starts past the ticket's own category A
        rig.Press(KeypadButtons.Transfer);
        Assert.Equal("t- C", rig.Display.Text);
        rig.Press(KeypadButtons.Transfer);
        Assert.Equal("t- A", rig.Display.Text);
        rig.Press(KeypadButtons.Recall);
        Assert.Equal("t- C", rig.Display.Text);
        rig.Press(KeypadButtons.Recall);
        Assert.Empty(rig.Events);

        rig.Press(KeypadButtons.Done);

        var sent = Assert.Single(rig.Events);
        using var json = JsonDocument.Parse(sent.Payload);
        Assert.Equal(EventKinds.CounterTransfer, json.RootElement.GetProperty("kind").GetString());
        Assert.Equal("B", json.RootElement.GetProperty("to").GetString());

        rig.Reply("{\"re\":\"" + rig.LastEventId + "\",\"ok\":true}");
        Assert.Equal("----", rig.Display.Text);
    }

    [Fact]
    public void Transfer_CancelledByNoShowOrTimeout_SendsNothing()
    {
        var rig = new KeypadRig();

        rig.Press(KeypadButtons.Transfer);
        rig.Press(KeypadButtons.NoShow);
        Assert.Equal(KeypadMode.Ready, rig.Logic.Mode);

        rig.Press(KeypadButtons.Transfer);
        rig.Run(KeypadLogic.ChooseTimeoutMs + 20);
        Assert.Equal(KeypadMode.Ready, rig.Logic.Mode);

        Assert.Empty(rig.Events);
    }

    [Fact]
    public void Config_CounterAndBrightness_AppliedAndLongPressDoneShowsCounter()
    {
        var rig = new KeypadRig();
        Assert.Equal(60, rig.Display.Brightness);

        rig.Link.Deliver(rig.Topics.Config, "{\"role\":\"keypad\",\"version\":4,\"counter\":12,\"categories\":[\"D\"],\"brightness\":20}");
        rig.Device.Tick();
        rig.Press(KeypadButtons.Done, holdMs: rig.Settings.LongPressMs + 10);

        Assert.Equal(12, rig.Logic.Counter);
        Assert.Equal(["D"], rig.Logic.Categories);
        Assert.Equal(20, rig.Display.Brightness);
        Assert.Equal("St12", rig.Display.Text);
        Assert.Empty(rig.Events);
    }

    [Fact]
    public void Tick_NoConfig_ShowsUnconfiguredAndIgnoresPresses()
    {
        var rig = new KeypadRig(configured: false);

        rig.Press(KeypadButtons.Next);

        Assert.Equal("St--", rig.Display.Text);
        Assert.Empty(rig.Events);
    }

    [Fact]
    public void Tick_Offline_ShowsOffAndReturnsToTicketOnReconnect()
    {
        var rig = new KeypadRig();
        rig.Link.Deliver(rig.Topics.Show, "{\"text\":\"A017\"}");
        rig.Device.Tick();

        rig.Link.Drop();
        rig.Device.Tick();
        rig.Press(KeypadButtons.Next);
        Assert.Equal("OFF ", rig.Display.Text);
        Assert.Empty(rig.Events);

        rig.Run(1500);
        Assert.Equal("A017", rig.Display.Text);
    }

    [Fact]
    public void HallCalls_ForThisCounter_RemembersLatestCall()
    {
        var rig = new KeypadRig();

        rig.Link.Deliver("eq/v1/poznan-1/hall/calls", "{\"calls\":[{\"ticket\":\"B004\",\"counter\":2,\"at\":\"2026-11-21T09:15:02+01:00\"},{\"ticket\":\"A016\",\"counter\":5,\"at\":\"2026-11-21T09:14:02+01:00\",\"recall\":true}]}");
        rig.Device.Tick();

        Assert.Equal("A016", rig.Logic.LastCall!.Ticket);
    }
}
