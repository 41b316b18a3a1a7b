using EdgeQueue.Hub.Site;
using EdgeQueue.Hub.Site.Validation;

namespace EdgeQueue.Hub.Tests.Site.Validation;

public sealed class CategoriesValidatorTests
{
    [Fact]
    public void Build_Category_PrefixNameAndWeekdayHours()
    {
        var problems = new List<string>();

        var categories = new CategoriesValidator(new SiteProblems(problems)).Build(
            [new CategorySection { Prefix = "A", Name = "Dowody osobiste", Hours = new() { ["mon"] = "08:00-16:00" } }]);

        Assert.Empty(problems);
        var a = Assert.Single(categories);
        Assert.Equal(("A", "Dowody osobiste"), (a.Prefix, a.Name));
    }

    [Fact]
    public void Build_BadPrefixAndHours_EveryProblemWithItsPath()
    {
        var problems = new List<string>();

        new CategoriesValidator(new SiteProblems(problems)).Build(
        [
            new CategorySection { Prefix = "a", Name = "Meldunki", Hours = new() { ["mon"] = "08:00-16:00" } },
            new CategorySection { Prefix = "B", Name = "Pojazdy", Hours = new() { ["mon"] = "16:00-08:00" } },
            new CategorySection { Prefix = "C", Name = "Prawa jazdy", Hours = new() { ["xyz"] = "08:00-16:00" } },
        ]);

        Assert.Contains("categories[0].prefix: 'a' must be one capital letter A-Z", problems);
        Assert.Contains(problems, p => p.StartsWith("categories[1].hours.mon: '16:00-08:00' closes before it opens", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("categories[2].hours.xyz: unknown weekday", StringComparison.Ordinal));
    }
}
