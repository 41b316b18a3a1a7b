using EdgeQueue.Simulator.Faults;

namespace EdgeQueue.Simulator.Tests.Faults;

public sealed class FaultScheduleTests
{
    private static readonly string[] Devices = ["disp-01", "disp-02", "disp-03", "keypad-01", "keypad-02"];
    private static readonly TimeOnly Opens = new(7, 30);
    private static readonly TimeOnly Closes = new(15, 30);

    [Fact]
    public void Parse_EveryKind_ReadsKindTargetTimeAndDuration()
    {
        var faults = FaultSchedule.Parse(
            ["paper-out:disp-01@13:00+20m", "hub-kill@10:30", "broker-restart@11:00+90s", "wifi-cut:keypad-02@12:00+1h"],
            Devices, Opens, Closes);

        Assert.Equal(
            [
                new PlannedFault(FaultKind.HubKill, null, new TimeOnly(10, 30), TimeSpan.Zero, "hub-kill@10:30"),
                new PlannedFault(FaultKind.BrokerRestart, null, new TimeOnly(11, 0), TimeSpan.FromSeconds(90), "broker-restart@11:00+90s"),
                new PlannedFault(FaultKind.WifiCut, "keypad-02", new TimeOnly(12, 0), TimeSpan.FromHours(1), "wifi-cut:keypad-02@12:00+1h"),
                new PlannedFault(FaultKind.PaperOut, "disp-01", new TimeOnly(13, 0), TimeSpan.FromMinutes(20), "paper-out:disp-01@13:00+20m"),
            ],
            faults);
    }

    [Theory]
    [InlineData("broker-restart@11:00", 1)]
    [InlineData("wifi-cut:disp-02@12:00", 5)]
    [InlineData("paper-out:disp-03@9:05", 15)]
    public void ParseOne_WithoutDuration_TakesTheKindsDefault(string spec, int minutes)
    {
        var fault = FaultSchedule.ParseOne(spec, Devices, Opens, Closes);

        Assert.Equal(TimeSpan.FromMinutes(minutes), fault.Duration);
    }

    [Theory]
    [InlineData("power-cut@10:00", "unknown fault 'power-cut'")]
    [InlineData("wifi-cut@10:00+5m", "wifi-cut needs a device")]
    [InlineData("wifi-cut:disp-09@10:00", "no device 'disp-09' in this hall")]
    [InlineData("paper-out:keypad-01@10:00", "'keypad-01' is not a dispenser")]
    [InlineData("hub-kill:disp-01@10:00", "hub-kill takes no device")]
    [InlineData("hub-kill@10:00+5m", "hub-kill takes no duration")]
    [InlineData("hub-kill@25:00", "'25:00' is not a time of day")]
    [InlineData("hub-kill@06:00", "outside the hall's hours 07:30-15:30")]
    [InlineData("wifi-cut:disp-01@10:00+0m", "must be more than 0")]
    [InlineData("wifi-cut:disp-01@10:00+5d", "expected KIND[:DEVICE]@HH:MM[+DURATION]")]
    [InlineData("hub-kill 10:30", "expected KIND[:DEVICE]@HH:MM[+DURATION]")]
    public void ParseOne_BadSpec_SaysWhatIsWrong(string spec, string expected)
    {
        var error = Assert.Throws<FormatException>(() => FaultSchedule.ParseOne(spec, Devices, Opens, Closes));

        Assert.StartsWith($"--fault '{spec}': ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OneBadAmongGood_RefusesTheWholeSchedule()
    {
        var error = Assert.Throws<FormatException>(() =>
            FaultSchedule.Parse(["hub-kill@10:30", "wifi-cut:disp-02@12:00+5x"], Devices, Opens, Closes));

        Assert.Contains("wifi-cut:disp-02@12:00+5x", error.Message, StringComparison.Ordinal);
    }
}
