using System.Text.Json;
using EdgeQueue.Firmware.Core.Connectivity;
using EdgeQueue.Firmware.Core.Contract;
using EdgeQueue.Firmware.Core.Dispenser;
using EdgeQueue.Firmware.Core.Hardware;
using EdgeQueue.Firmware.Core.Lights;
using EdgeQueue.Firmware.Tests.Fakes;

namespace EdgeQueue.Firmware.Tests.Dispenser;

public sealed class DispenserDeviceTests
{
    private static string IdOf(PublishedMessage message) => JsonDocument.Parse(message.Payload).RootElement.GetProperty("id").GetString()!;

    private static string CategoryOf(PublishedMessage message) => JsonDocument.Parse(message.Payload).RootElement.GetProperty("category").GetString()!;

    [Fact]
    public void Press_CategoryButton_SendsTicketRequestForItsCategoryAtOnce()
    {
        var rig = new DispenserRig();

        rig.Press(1);

        var sent = Assert.Single(rig.Events);
        Assert.False(sent.Retain);
        Assert.Equal("B", CategoryOf(sent));
        Assert.Equal("disp-01." + rig.Device.Runtime.BootId + ".1", IdOf(sent));
        Assert.Equal(DispenserStatus.Printing, rig.Logic.Status);
        Assert.Equal(LedColor.Blue, rig.StatusLed.Color);
        Assert.Equal(LightPattern.BlinkFast, rig.Logic.ButtonLight(1));
        Assert.Equal(LightPattern.Off, rig.Logic.ButtonLight(0));
    }

    [Fact]
    public void Press_BouncyContacts_OneRequest()
    {
        var rig = new DispenserRig();

        rig.Device.ButtonEdge(0, true, rig.Clock.NowMs);
        rig.Device.ButtonEdge(0, false, rig.Clock.NowMs + 2);
        rig.Device.ButtonEdge(0, true, rig.Clock.NowMs + 4);
        rig.Clock.Advance(120);
        rig.Device.ButtonEdge(0, false, rig.Clock.NowMs);
        rig.Device.ButtonEdge(0, true, rig.Clock.NowMs + 3);
        rig.Device.ButtonEdge(0, false, rig.Clock.NowMs + 6);
        rig.Run(100);

        Assert.Single(rig.Events);
    }

    [Fact]
    public void Press_WhileRequestOutstanding_IgnoredUntilReply()
    {
        var rig = new DispenserRig();

        rig.Press(0);
        rig.Run(500);
        rig.Press(1);
        rig.Press(0);

        Assert.Single(rig.Events);
        Assert.Equal(2, rig.Logic.IgnoredPresses);

        rig.Reply("{\"re\":\"" + IdOf(rig.Events[0]) + "\",\"ok\":true,\"ticket\":\"A017\",\"waiting\":5,\"etaMin\":12}");
        rig.Run(3000);
        rig.Press(1);

        Assert.Equal(2, rig.Events.Count);
        Assert.Equal("B", CategoryOf(rig.Events[1]));
    }

    [Fact]
    public void Press_Mashing_RateLimitedToBurstThenOnePerRefill()
    {
        var rig = new DispenserRig(); // burst 2, one more every 3 s
        var answered = 0;

        void PressAndAnswer()
        {
            rig.Press(0);
            if (rig.Events.Count > answered)
            {
                rig.Reply("{\"re\":\"" + IdOf(rig.Events[^1]) + "\",\"ok\":true,\"ticket\":\"A0" + (10 + answered) + "\"}");
                answered++;
            }

            rig.Run(200);
        }

        for (var i = 0; i < 10; i++)
        {
            PressAndAnswer(); // ten presses within ~3 s
        }

        Assert.Equal(3, rig.Events.Count); // two at once, a third after the first refill
        Assert.True(rig.Logic.IgnoredPresses >= 7);

        rig.Run(6000);
        PressAndAnswer();
        Assert.Equal(4, rig.Events.Count);
    }

    [Fact]
    public void Reply_Ok_ShowsIssuedThenReturnsToReady()
    {
        var rig = new DispenserRig();
        rig.Press(0);

        rig.Reply("{\"re\":\"" + IdOf(rig.Events[0]) + "\",\"ok\":true,\"ticket\":\"A017\",\"waiting\":5,\"etaMin\":12}");

        Assert.Equal(DispenserStatus.Issued, rig.Logic.Status);
        Assert.Equal("A017", rig.Logic.LastTicket);
        Assert.Equal(5, rig.Logic.LastWaiting);
        Assert.Equal(12, rig.Logic.LastEtaMin);
        Assert.Equal(LedColor.Green, rig.Logic.StatusColor);
        Assert.Equal(LightPattern.BlinkFast, rig.Logic.StatusPattern);

        rig.Run(rig.Settings.ReplyShowMs);

        Assert.Equal(DispenserStatus.Ready, rig.Logic.Status);
        Assert.Equal(LedColor.Green, rig.StatusLed.Color);
        Assert.All(rig.Leds, led => Assert.True(led.IsOn));
    }

    [Fact]
    public void Reply_Error_ShowsRefusedWithTheCode()
    {
        var rig = new DispenserRig();
        rig.Press(2);

        rig.Reply("{\"re\":\"" + IdOf(rig.Events[0]) + "\",\"ok\":false,\"error\":\"limit-reached\",\"message\":\"Limit dzienny\"}");

        Assert.Equal(DispenserStatus.Refused, rig.Logic.Status);
        Assert.Equal(ReplyErrorCodes.LimitReached, rig.Logic.LastError);
        Assert.Equal(LedColor.Red, rig.Logic.StatusColor);
    }

    [Fact]
    public void Reply_Duplicate_IgnoredAndCounted()
    {
        var rig = new DispenserRig();
        rig.Press(0);
        var reply = "{\"re\":\"" + IdOf(rig.Events[0]) + "\",\"ok\":true,\"ticket\":\"A017\"}";
        rig.Reply(reply);
        rig.Run(5000);

        rig.Reply(reply.Replace("A017", "A018", StringComparison.Ordinal));

        Assert.Equal("A017", rig.Logic.LastTicket);
        Assert.Equal(DispenserStatus.Ready, rig.Logic.Status);
        Assert.Equal(1, rig.Device.Runtime.Outbox.DuplicateReplies);
    }

    [Fact]
    public void Tick_NoReply_RetransmitsSameIdWithBackOffThenGivesUp()
    {
        var rig = new DispenserRig();
        rig.Press(0);

        rig.Run(rig.Settings.RequestTimeoutMs);

        var ids = rig.Events.Select(IdOf).Distinct().ToList();
        Assert.Single(ids);
        Assert.Equal(5, rig.Events.Count); // 0, 1, 3, 7, 15 s within the 20 s timeout
        Assert.Equal(DispenserStatus.Refused, rig.Logic.Status);
        Assert.Equal(ReplyErrorCodes.NoReply, rig.Logic.LastError);
    }

    [Fact]
    public void Tick_ConnectionLostWithRequestOut_RequestSurvivesAndIsAnsweredAfterReconnect()
    {
        var rig = new DispenserRig();
        rig.Press(0);
        var id = IdOf(rig.Events[0]);

        rig.Link.Drop();
        rig.Run(50);
        Assert.Equal(DispenserStatus.Offline, rig.Logic.Status);
        Assert.Equal(LedColor.Amber, rig.Logic.StatusColor);
        Assert.Equal(LightPattern.BlinkSlow, rig.Logic.StatusPattern);
        Assert.All(rig.Leds, led => Assert.False(led.IsOn));

        rig.Run(1500);
        Assert.True(rig.Device.Runtime.IsOnline);
        Assert.Equal(id, IdOf(rig.Events[^1]));

        rig.Reply("{\"re\":\"" + id + "\",\"ok\":true,\"ticket\":\"A017\"}");
        Assert.Equal(DispenserStatus.Issued, rig.Logic.Status);
    }

    /// <summary>Issue 15 item 3: a connect that hangs (no CONNACK) must not hold the loop, its buttons or its blinking.</summary>
    [Fact]
    public async Task Tick_BrokerConnectHangs_LoopKeepsTurningBlinkingAndReadingButtons()
    {
        var rig = new DispenserRig(online: false, configured: false); // not a single turn yet
        rig.Runtime.Supervisor.Worker = new ThreadConnectWorker(); // as on the device
        using var hanging = new ManualResetEventSlim(false);
        rig.Link.HoldConnects = hanging;

        // Three seconds of loop turns while the join hangs on its thread: they must all run, at once.
        var loop = Task.Run(() =>
        {
            rig.Run(1000);
            rig.Edge(0, true, rig.Clock.NowMs); // the technician's long press: retry now
            rig.Run(2000);
            rig.Edge(0, false, rig.Clock.NowMs);
            rig.Run(100);
        });
        var turned = await Task.WhenAny(loop, Task.Delay(TimeSpan.FromSeconds(10))) == loop;
        hanging.Set();
        Assert.True(turned, "the loop waited for the hanging connect");

        Assert.True(rig.Runtime.Supervisor.Joining || rig.Link.IsConnected, "the join was still out while the loop turned");
        Assert.Equal(DispenserStatus.Offline, rig.Logic.Status);
        var changes = rig.StatusLed.History.Zip(rig.StatusLed.History.Skip(1)).Count(p => p.First != p.Second);
        Assert.True(changes >= 4, $"the status light blinked while offline ({changes} changes)");
        Assert.Empty(rig.Events);

        // Once the broker answers, the next turns find the device online.
        var online = SpinWait.SpinUntil(() =>
        {
            rig.Run(10);
            return rig.Runtime.IsOnline;
        }, TimeSpan.FromSeconds(10));
        Assert.True(online, "online after the connect returned");
        Assert.Single(rig.Link.Connects);
    }

    /// <summary>Issue 15 item 7: the hub's will on hub/state turns the dispenser amber at once; a press then sends nothing.</summary>
    [Fact]
    public void HubState_HubGoneWhileBrokerUp_AmberAtOnceAndPressSendsNothing()
    {
        var rig = new DispenserRig();

        rig.Link.Deliver(rig.Topics.HubState, "{\"online\":false}");
        rig.Tick();
        rig.Press(0);

        Assert.True(rig.Link.IsConnected);
        Assert.False(rig.Runtime.IsOnline);
        Assert.Equal(DispenserStatus.Offline, rig.Logic.Status);
        Assert.Equal(LedColor.Amber, rig.Logic.StatusColor);
        Assert.Empty(rig.Events);

        rig.Link.Deliver(rig.Topics.HubState, "{\"online\":true}");
        rig.Tick();
        rig.Press(0);

        Assert.Single(rig.Events);
    }

    [Theory]
    [InlineData("{\"online\":\"no\"}")]
    [InlineData("{\"central\":\"up\"}")]
    [InlineData("not json")]
    public void HubState_Malformed_RefusedWithAReasonAndChangesNothing(string payload)
    {
        var rig = new DispenserRig();

        rig.Link.Deliver(rig.Topics.HubState, payload);
        rig.Tick();

        Assert.True(rig.Runtime.HubOnline);
        Assert.True(rig.Runtime.IsOnline);
        Assert.Equal(1, rig.Runtime.RejectedMessages);
        Assert.False(string.IsNullOrEmpty(rig.Runtime.LastProblem), "the reason is kept for the technician's log");
    }

    [Fact]
    public void Press_Offline_NoRequestAndStatusBlinksAmber()
    {
        var rig = new DispenserRig();
        rig.Link.Drop();
        rig.Link.BrokerUp = false;
        rig.Run(100);

        rig.Press(0);
        rig.Run(600);

        Assert.Empty(rig.Events);
        Assert.Equal(DispenserStatus.Offline, rig.Logic.Status);
        Assert.Contains(LedColor.Amber, rig.StatusLed.History);
        Assert.Contains(LedColor.Off, rig.StatusLed.History.SkipWhile(c => c != LedColor.Amber));
    }

    [Fact]
    public void Config_ButtonMapChanged_NewCategoryAndUnmappedButtonDark()
    {
        var rig = new DispenserRig();

        rig.Link.Deliver(rig.Topics.Config, "{\"role\":\"disp\",\"version\":4,\"buttons\":{\"1\":\"D\",\"2\":\"A\"}}");
        rig.Device.Tick();
        rig.Press(0);
        rig.Press(2);

        Assert.Equal("D", CategoryOf(Assert.Single(rig.Events)));
        Assert.Null(rig.Logic.CategoryOf(2));
        Assert.False(rig.Leds[2].IsOn);
    }

    [Fact]
    public void Tick_NoConfigYet_UnconfiguredAndPressesIgnored()
    {
        var rig = new DispenserRig(configured: false);

        rig.Press(0);

        Assert.Empty(rig.Events);
        Assert.Equal(DispenserStatus.Unconfigured, rig.Logic.Status);
        Assert.Equal(LedColor.Blue, rig.Logic.StatusColor);
    }

    [Fact]
    public void Show_CategoryClosed_ButtonDarkAndPressRefusedLocally()
    {
        var rig = new DispenserRig();

        rig.Link.Deliver(rig.Topics.Show, "{\"categories\":{\"A\":\"open\",\"B\":\"closed\"}}");
        rig.Device.Tick();
        rig.Press(1);

        Assert.Empty(rig.Events);
        Assert.False(rig.Leds[1].IsOn);
        Assert.True(rig.Leds[0].IsOn);
        Assert.Equal(DispenserStatus.Refused, rig.Logic.Status);
        Assert.Equal(ReplyErrorCodes.CategoryClosed, rig.Logic.LastError);
    }

    [Fact]
    public void Show_PaperOut_RedAndPressesIgnoredUntilRefilled()
    {
        var rig = new DispenserRig();

        rig.Link.Deliver(rig.Topics.Show, "{\"categories\":{\"A\":\"open\"},\"paper\":\"out\"}");
        rig.Device.Tick();
        rig.Press(0);

        Assert.Empty(rig.Events);
        Assert.Equal(DispenserStatus.OutOfPaper, rig.Logic.Status);
        Assert.Equal(LedColor.Red, rig.StatusLed.Color);
        Assert.Contains("\"paper\":\"out\"", rig.Link.On(rig.Topics.State).Last().Text, StringComparison.Ordinal);

        rig.Link.Deliver(rig.Topics.Show, "{\"categories\":{\"A\":\"open\"},\"paper\":\"ok\"}");
        rig.Device.Tick();
        rig.Press(0);

        Assert.Single(rig.Events);
    }

    [Fact]
    public void Reply_PrinterFailed_ReportsPaperOutUntilATicketPrints()
    {
        var rig = new DispenserRig();
        rig.Press(0);

        rig.Reply("{\"re\":\"" + IdOf(rig.Events[0]) + "\",\"ok\":false,\"error\":\"printer-failed\"}");

        Assert.Equal(PaperStates.Out, rig.Logic.Paper);
        Assert.Equal(DispenserStatus.OutOfPaper, rig.Logic.Status);
        Assert.Contains("\"paper\":\"out\"", rig.Link.On(rig.Topics.State).Last().Text, StringComparison.Ordinal);
    }

    [Fact]
    public void LongPress_AnyButton_IdentifiesRepublishesStateAndSendsNoRequest()
    {
        var rig = new DispenserRig();
        var states = rig.Link.On(rig.Topics.State).Count();

        rig.Device.ButtonEdge(0, true, rig.Clock.NowMs);
        rig.Run(rig.Settings.LongPressMs + 20);
        rig.Device.ButtonEdge(0, false, rig.Clock.NowMs);
        rig.Device.Tick();

        Assert.Empty(rig.Events);
        Assert.Equal(DispenserStatus.Identify, rig.Logic.Status);
        Assert.Equal(LightPattern.BlinkFast, rig.Logic.ButtonLight(2));
        Assert.Equal(states + 1, rig.Link.On(rig.Topics.State).Count());

        rig.Run(DispenserLogic.IdentifyMs);
        Assert.Equal(DispenserStatus.Ready, rig.Logic.Status);
    }
}
