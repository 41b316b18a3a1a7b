using EdgeQueue.Firmware.Core.CounterDisplay;
using EdgeQueue.Firmware.Core.Lights;
using EdgeQueue.Firmware.Tests.Fakes;

namespace EdgeQueue.Firmware.Tests.CounterDisplay;

public sealed class CounterDisplayDeviceTests
{
    private const string OldCall = "{\"calls\":[{\"ticket\":\"A016\",\"counter\":5,\"at\":\"2026-11-21T09:10:00+01:00\",\"recall\":false}]}";

    private const string NewCall = "{\"calls\":[{\"ticket\":\"A017\",\"counter\":5,\"at\":\"2026-11-21T09:15:02+01:00\",\"recall\":false},"
        + "{\"ticket\":\"A016\",\"counter\":5,\"at\":\"2026-11-21T09:10:00+01:00\",\"recall\":false}]}";

    private const string Recall = "{\"calls\":[{\"ticket\":\"A017\",\"counter\":5,\"at\":\"2026-11-21T09:16:30+01:00\",\"recall\":true},"
        + "{\"ticket\":\"A017\",\"counter\":5,\"at\":\"2026-11-21T09:15:02+01:00\",\"recall\":false}]}";

    private const string OtherCounter = "{\"calls\":[{\"ticket\":\"B004\",\"counter\":2,\"at\":\"2026-11-21T09:17:00+01:00\",\"recall\":false},"
        + "{\"ticket\":\"A017\",\"counter\":5,\"at\":\"2026-11-21T09:15:02+01:00\",\"recall\":false}]}";

    /// <summary>A board serving A016 that has seen the retained list once (boot).</summary>
    private static CounterDisplayRig Serving()
    {
        var rig = new CounterDisplayRig();
        rig.HallCalls(OldCall);
        rig.Show("A016");
        rig.Run(CounterDisplayLogic.BlinkMs);
        return rig;
    }

    /// <summary>A board that blinked for the call of A017 and has stopped blinking; its outputs so far forgotten.</summary>
    private static CounterDisplayRig ServingCalledA017()
    {
        var rig = Serving();
        rig.HallCalls(NewCall);
        rig.Show("A017");
        rig.Run(CounterDisplayLogic.BlinkMs);
        rig.Display.History.Clear();
        return rig;
    }

    [Fact]
    public void Boot_FirstRetainedCallsAndShow_ShowsTicketSteadyWithoutBlinking()
    {
        var rig = new CounterDisplayRig();

        rig.HallCalls(OldCall);
        rig.Show("A016");
        rig.Run(1000);

        Assert.Equal("A016  05", rig.Display.Text);
        Assert.Equal(LightPattern.On, rig.Logic.DisplayPattern);
        Assert.Equal(CounterDisplayMode.Serving, rig.Logic.Mode);
        Assert.Equal(0, rig.Logic.Calls);
    }

    [Fact]
    public void HallCalls_NewCallToThisCounter_ShowsTicketAndBlinksForAFewSeconds()
    {
        var rig = Serving();
        rig.Display.History.Clear();

        rig.HallCalls(NewCall);
        rig.Run(1000);

        Assert.Equal(1, rig.Logic.Calls);
        Assert.Equal("A017", rig.Logic.CurrentTicket);
        Assert.Equal(LightPattern.BlinkFast, rig.Logic.DisplayPattern);
        Assert.Contains("A017  05", rig.Display.History);
        Assert.Contains(null, rig.Display.History); // the dark halves of the blink

        rig.Show("A017"); // the hub's show follows the call
        rig.Run(CounterDisplayLogic.BlinkMs);

        Assert.Equal(LightPattern.On, rig.Logic.DisplayPattern);
        Assert.Equal("A017  05", rig.Display.Text);
    }

    [Fact]
    public void HallCalls_RecallOfCurrentTicket_BlinksAgainWithoutTextChange()
    {
        var rig = ServingCalledA017();

        rig.HallCalls(Recall);
        rig.Run(1000);

        Assert.Equal(2, rig.Logic.Calls);
        Assert.Equal(1, rig.Logic.Recalls);
        Assert.Equal(LightPattern.BlinkFast, rig.Logic.DisplayPattern);
        Assert.Equal(["A017  05"], rig.Display.History.Where(t => t is not null).Distinct());
        Assert.Contains(null, rig.Display.History);
    }

    [Fact]
    public void HallCalls_SameRetainedListAgain_NoBlink()
    {
        var rig = Serving();
        rig.HallCalls(NewCall);
        rig.Run(CounterDisplayLogic.BlinkMs);

        rig.HallCalls(NewCall); // e.g. after a reconnect the broker resends the retained list
        rig.Run(500);

        Assert.Equal(1, rig.Logic.Calls);
        Assert.Equal(LightPattern.On, rig.Logic.DisplayPattern);
    }

    [Fact]
    public void HallCalls_CallToAnotherCounter_Ignored()
    {
        var rig = ServingCalledA017();

        rig.HallCalls(OtherCounter);
        rig.Run(1000);

        Assert.Equal(1, rig.Logic.Calls);
        Assert.Equal("A017", rig.Logic.CurrentTicket);
        Assert.Equal(LightPattern.On, rig.Logic.DisplayPattern);
        Assert.Empty(rig.Display.History);
    }

    [Theory]
    [InlineData("----")]
    [InlineData("null")]
    public void Show_CounterServesNobodyOrClosed_DisplayDark(string text)
    {
        var rig = Serving();
        Assert.Equal("A016  05", rig.Display.Text);

        rig.Show(text);
        rig.Run(1000);

        Assert.Null(rig.Display.Text);
        Assert.Equal(CounterDisplayMode.Dark, rig.Logic.Mode);
        Assert.Equal(LightPattern.Off, rig.Logic.DisplayPattern);
        Assert.Null(rig.Logic.DisplayText);
    }

    [Fact]
    public void Tick_BrokerConnectionLost_ShowsOff()
    {
        var rig = Serving();

        rig.Link.Drop();
        rig.Link.BrokerUp = false;
        rig.Tick();

        Assert.Equal(CounterDisplayMode.Offline, rig.Logic.Mode);
        Assert.Equal(CounterDisplayTexts.Offline, rig.Display.Text);
    }

    [Fact]
    public void HubState_HubGoneWhileBrokerUp_ShowsHubOfflineUntilItIsBack()
    {
        var rig = Serving();

        rig.Link.Deliver(rig.Topics.HubState, "{\"online\":false}");
        rig.Tick();
        Assert.Equal("HUb-", rig.Display.Text);

        rig.Link.Deliver(rig.Topics.HubState, "{\"online\":true,\"central\":\"up\",\"configVersion\":3}");
        rig.Tick();
        Assert.Equal("A016  05", rig.Display.Text);
    }

    [Fact]
    public void Boot_NoConfigYet_ShowsNotConfiguredAndIgnoresCalls()
    {
        var rig = new CounterDisplayRig(configured: false);

        rig.HallCalls(NewCall);
        rig.Run(500);

        Assert.Equal(CounterDisplayMode.Unconfigured, rig.Logic.Mode);
        Assert.Equal("St--", rig.Display.Text);
        Assert.Equal(0, rig.Logic.Calls);
    }

    [Fact]
    public void Config_ArrivesAfterRetainedCalls_TakesThemAsKnownWithoutBlinking()
    {
        var rig = new CounterDisplayRig(configured: false);
        rig.HallCalls(NewCall);

        rig.Link.Deliver(rig.Topics.Config, CounterDisplayRig.Config);
        rig.Tick();
        rig.HallCalls(Recall);

        Assert.Equal(1, rig.Logic.Calls); // the recall, not the old call
        Assert.Equal(1, rig.Logic.Recalls);
    }

    [Fact]
    public void Config_Brightness_SetOnDisplayOnlyWhenItChanges()
    {
        var rig = new CounterDisplayRig();
        Assert.Equal(80, rig.Display.Brightness);

        rig.Link.Deliver(rig.Topics.Config, "{\"role\":\"board\",\"version\":4,\"counter\":5,\"brightness\":30}");
        rig.Tick();

        Assert.Equal(30, rig.Display.Brightness);
        Assert.Equal(30, rig.Logic.Brightness);
    }

    [Fact]
    public void Config_AnotherRolesConfig_RefusedAndNothingChanges()
    {
        var rig = new CounterDisplayRig();

        rig.Link.Deliver(rig.Topics.Config, "{\"role\":\"keypad\",\"version\":9,\"counter\":7,\"brightness\":10}");
        rig.Tick();

        Assert.Equal(5, rig.Logic.Counter);
        Assert.Equal(80, rig.Display.Brightness);
        Assert.Contains("role 'keypad'", rig.Runtime.LastProblem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("show", "{\"text\":17}", "show:")]
    [InlineData("show", "{\"text\":", "JSON")]
    [InlineData("calls", "{\"calls\":[{\"ticket\":\"A018\",\"counter\":\"5\",\"at\":\"x\"}]}", "hall calls:")]
    [InlineData("calls", "{\"calls\":\"A018\"}", "hall calls: 'calls' must be an array")]
    public void Receive_MalformedShowOrHallCalls_RefusedWithReasonAndNothingChanges(string topic, string payload, string reason)
    {
        var rig = Serving();
        rig.Display.History.Clear();

        rig.Link.Deliver(topic == "show" ? rig.Topics.Show : rig.Topics.HallCalls, payload);
        rig.Run(1000);

        Assert.Equal(1, rig.Runtime.RejectedMessages);
        Assert.Contains(reason, rig.Runtime.LastProblem, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("A016", rig.Logic.CurrentTicket);
        Assert.Equal(0, rig.Logic.Calls);
        Assert.Empty(rig.Display.History);
    }

    [Fact]
    public void Tick_AllDay_PublishesOnlyItsRetainedStateNeverAnEvent()
    {
        var rig = Serving();
        rig.HallCalls(NewCall);
        rig.Run(70_000);

        Assert.Empty(rig.Events);
        Assert.All(rig.Link.Published, m => Assert.Equal(rig.Topics.State, m.Topic));
        Assert.Contains(rig.Link.Published, m => m.Retain);
    }
}
