using System.Net;
using EdgeQueue.Mqtt.Broker;
using EdgeQueue.Mqtt.Broker.Security;
using EdgeQueue.Testing;

namespace EdgeQueue.Mqtt.Tests.Broker.Security;

public sealed class LoginBackoffTests
{
    private static readonly IPAddress Here = IPAddress.Parse("192.0.2.1");
    private static readonly IPAddress There = IPAddress.Parse("192.0.2.2");

    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.Zero));

    private LoginBackoff Create() => new(new MqttLoginBackoff(), _clock);

    private static void Fail(LoginBackoff backoff, int times, IPAddress? address, string? user)
    {
        for (var i = 0; i < times; i++)
        {
            backoff.Failed(address, user);
        }
    }

    [Fact]
    public void Failed_BeyondFiveFreeFailures_BackOffDoublesFromOneSecondUpToOneMinute()
    {
        var backoff = Create();
        Fail(backoff, 4, Here, "disp-01");
        Assert.Equal(TimeSpan.Zero, backoff.Remaining(Here, "disp-01"));

        var delays = new List<double>();
        for (var i = 0; i < 9; i++)
        {
            var delay = backoff.Failed(Here, "disp-01");
            delays.Add(delay.TotalSeconds);
            Assert.Equal(delay, backoff.Remaining(Here, "disp-01"));
            _clock.Advance(delay);
            Assert.Equal(TimeSpan.Zero, backoff.Remaining(Here, "disp-01"));
        }

        Assert.Equal([1, 2, 4, 8, 16, 32, 60, 60, 60], delays);
    }

    [Fact]
    public void Remaining_AddressBackedOff_EveryUserFromThatAddressWaits()
    {
        var backoff = Create();

        Fail(backoff, 5, Here, null);

        Assert.Equal(TimeSpan.FromSeconds(1), backoff.Remaining(Here, "anyone"));
        Assert.Equal(TimeSpan.Zero, backoff.Remaining(There, "anyone"));
    }

    [Fact]
    public void Remaining_UserBackedOffFromManyAddresses_StillFreeFromTheAddressItLastLoggedInFrom()
    {
        var backoff = Create();
        backoff.Succeeded(Here, "disp-01");

        for (var i = 0; i < 5; i++)
        {
            backoff.Failed(IPAddress.Parse($"198.51.100.{i + 1}"), "disp-01");
        }

        Assert.Equal(TimeSpan.FromSeconds(1), backoff.Remaining(There, "disp-01"));
        Assert.Equal(TimeSpan.Zero, backoff.Remaining(Here, "disp-01"));
        Assert.Equal(TimeSpan.Zero, backoff.Remaining(There, "disp-02"));
    }

    [Fact]
    public void Succeeded_AfterFailures_AddressAndUserStartAfresh()
    {
        var backoff = Create();
        Fail(backoff, 4, Here, "disp-01");

        backoff.Succeeded(Here, "disp-01");
        Fail(backoff, 4, There, "disp-01");

        Assert.Equal(TimeSpan.Zero, backoff.Remaining(There, "disp-01"));
    }

    [Fact]
    public void Failed_AfterTenQuietMinutes_CountStartsAgain()
    {
        var backoff = Create();
        Fail(backoff, 5, Here, "disp-01");
        _clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));

        Assert.Equal(TimeSpan.Zero, backoff.Failed(Here, "disp-01"));
        Assert.Equal(TimeSpan.Zero, backoff.Remaining(Here, "disp-01"));
    }

    [Fact]
    public void Remaining_Ipv4MappedAddress_SameAsPlainIpv4()
    {
        var backoff = Create();

        Fail(backoff, 5, Here.MapToIPv6(), null);

        Assert.Equal(TimeSpan.FromSeconds(1), backoff.Remaining(Here, null));
    }
}
