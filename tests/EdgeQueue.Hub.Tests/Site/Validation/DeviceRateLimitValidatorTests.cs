using EdgeQueue.Hub.Site;
using EdgeQueue.Hub.Site.Validation;

namespace EdgeQueue.Hub.Tests.Site.Validation;

public sealed class DeviceRateLimitValidatorTests
{
    [Fact]
    public void Build_NoSection_TenAtOnceThenOneASecond()
    {
        var problems = new List<string>();

        var limit = new DeviceRateLimitValidator(new SiteProblems(problems)).Build(null);

        Assert.Empty(problems);
        Assert.Equal((10, 1.0), (limit.Burst, limit.PerSecond));
    }

    [Fact]
    public void Build_ZeroBurstAndRate_Refused()
    {
        var problems = new List<string>();

        new DeviceRateLimitValidator(new SiteProblems(problems)).Build(new DeviceRateLimitSection { Burst = 0, PerSecond = 0 });

        Assert.Contains("deviceRateLimit.burst: 0 must be between 1 and 100000", problems);
        Assert.Contains("deviceRateLimit.perSecond: 0 must be above 0 and at most 100000", problems);
    }
}
