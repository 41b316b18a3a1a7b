using EdgeQueue.Hub.Site.Validation;

namespace EdgeQueue.Hub.Tests.Site.Validation;

public sealed class ETicketBaseValidatorTests
{
    [Fact]
    public void Build_HttpsAddress_Accepted()
    {
        var problems = new List<string>();

        var url = new ETicketBaseValidator(new SiteProblems(problems)).Build("https://kolejka.um.example/t/", null, "poznan-libelta");

        Assert.Empty(problems);
        Assert.Equal("kolejka.um.example", url!.Host);
    }

    [Fact]
    public void Build_NotAWebAddress_Refused()
    {
        var problems = new List<string>();

        new ETicketBaseValidator(new SiteProblems(problems)).Build("ftp://kolejka/t/", null, "poznan-libelta");

        Assert.Equal(["eTicketBaseUrl: 'ftp://kolejka/t/' must be an http:// or https:// address"], problems);
    }

    [Theory]
    [InlineData("https://wizyty.poznan.example")]
    [InlineData("https://wizyty.poznan.example/")]
    public void Build_CentralPublicAddress_QrOpensCentralsETicketPage(string central)
    {
        var problems = new List<string>();

        var url = new ETicketBaseValidator(new SiteProblems(problems)).Build("http://hub.local:8080/t/", central, "poznan-libelta");

        Assert.Empty(problems);
        Assert.Equal("https://wizyty.poznan.example/e/poznan-libelta/A017", new Uri(url!, "A017").AbsoluteUri);
    }

    [Fact]
    public void Build_CentralPublicAddressWithoutHubPage_EnoughAndABadOneNamed()
    {
        var problems = new List<string>();
        var validator = new ETicketBaseValidator(new SiteProblems(problems));

        Assert.NotNull(validator.Build(null, "https://wizyty.poznan.example", "poznan-libelta"));
        Assert.Null(validator.Build(null, "wizyty.poznan.example", "poznan-libelta"));
        Assert.Equal(["central.publicUrl: 'wizyty.poznan.example' must be an http:// or https:// address"], problems);
    }
}
