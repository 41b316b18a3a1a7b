using EdgeQueue.Hub.Site.Validation;

namespace EdgeQueue.Hub.Tests.Site.Validation;

public sealed class ETicketBaseValidatorTests
{
    [Fact]
    public void Build_HttpsAddress_Accepted()
    {
        var problems = new List<string>();

        var url = new ETicketBaseValidator(new SiteProblems(problems)).Build("https://kolejka.um.example/t/");

        Assert.Empty(problems);
        Assert.Equal("kolejka.um.example", url!.Host);
    }

    [Fact]
    public void Build_NotAWebAddress_Refused()
    {
        var problems = new List<string>();

        new ETicketBaseValidator(new SiteProblems(problems)).Build("ftp://kolejka/t/");

        Assert.Equal(["eTicketBaseUrl: 'ftp://kolejka/t/' must be an http:// or https:// address"], problems);
    }
}
