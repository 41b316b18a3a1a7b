using System.Net;
using EdgeQueue.Contracts.Messages;
using EdgeQueue.Hub.Tests.Support;
using Xunit.Abstractions;

namespace EdgeQueue.Hub.Tests.Web;

public sealed class TicketPageTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Get_WaitingTicket_ShowsPeopleAheadAndCalledTicketShowsCounter()
    {
        await using var hub = await RunningHub.StartAsync(output, TestSite.Create());
        await using var dispenser = await hub.ConnectAsync("disp-01");
        await using var keypad = await hub.ConnectAsync("keypad-01");
        await dispenser.SendAsync(new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A"));
        await dispenser.SendAsync(new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A"));
        await keypad.SendAsync(new DeviceEvent(keypad.NextEventId(), DeviceEventKinds.CounterNext));
        using var http = new HttpClient { BaseAddress = hub.Host.HttpAddress };

        var waiting = WebUtility.HtmlDecode(await http.GetStringAsync(new Uri("/t/A002", UriKind.Relative)));
        var called = await http.GetStringAsync(new Uri("/t/a001", UriKind.Relative));
        var junk = await http.GetAsync(new Uri("/t/%3Cscript%3E", UriKind.Relative));

        Assert.Contains("<dd id=\"ahead\">0 osób</dd>", waiting, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(waiting, "Przed Tobą"));
        Assert.Contains("Stanowisko 1", called, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, junk.StatusCode);
    }
}
