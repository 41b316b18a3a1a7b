using EdgeQueue.Hub.Site;
using EdgeQueue.Hub.Site.Validation;
using EdgeQueue.Security;

namespace EdgeQueue.Hub.Tests.Site.Validation;

public sealed class TechnicianSectionValidatorTests
{
    [Fact]
    public void Build_HashGiven_LoginWithTheDefaultUser()
    {
        var problems = new List<string>();

        var login = new TechnicianSectionValidator(new SiteProblems(problems)).Build(new TechnicianSection { PasswordHash = PasswordHash.Create("serwis", 1000) });

        Assert.Empty(problems);
        Assert.Equal("technik", login!.Username);
    }

    [Fact]
    public void Build_MissingOrPlainPassword_Refused()
    {
        var missing = new List<string>();
        var plain = new List<string>();

        new TechnicianSectionValidator(new SiteProblems(missing)).Build(null);
        new TechnicianSectionValidator(new SiteProblems(plain)).Build(new TechnicianSection { PasswordHash = "serwis" });

        Assert.Equal(["technician: missing (needs passwordHash for the /devices page)"], missing);
        Assert.StartsWith("technician.passwordHash: expected a Mosquitto hash", Assert.Single(plain), StringComparison.Ordinal);
    }
}
