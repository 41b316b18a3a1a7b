using EdgeQueue.Hub.Site;
using EdgeQueue.Hub.Site.Validation;

namespace EdgeQueue.Hub.Tests.Site.Validation;

public sealed class BrokerSectionValidatorTests
{
    [Fact]
    public void Build_NoSection_EmbeddedOnTheMqttPort()
    {
        var problems = new List<string>();

        var broker = new BrokerSectionValidator(new SiteProblems(problems)).Build(null);

        Assert.Empty(problems);
        Assert.True(broker!.Embedded);
        Assert.Equal(1883, broker.Port);
    }

    [Fact]
    public void Build_ExternalWithoutUrlOrPassword_EachProblemNamedByItsField()
    {
        var problems = new List<string>();

        new BrokerSectionValidator(new SiteProblems(problems)).Build(new BrokerSection { Mode = "external", Url = "http://broker:1883", Username = "hub" });

        Assert.Contains(problems, p => p.StartsWith("broker.url: 'http://broker:1883' must be mqtt://", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_ExternalWithPasswordInAnUnsetVariable_SaysWhichVariable()
    {
        var problems = new List<string>();

        new BrokerSectionValidator(new SiteProblems(problems)).Build(new BrokerSection
        {
            Mode = "external", Url = "mqtt://127.0.0.1:1883", Username = "hub", PasswordEnv = "EQ_TEST_UNSET_PASSWORD_VARIABLE",
        });

        Assert.Equal(["broker.passwordEnv: environment variable EQ_TEST_UNSET_PASSWORD_VARIABLE is not set"], problems);
    }
}
