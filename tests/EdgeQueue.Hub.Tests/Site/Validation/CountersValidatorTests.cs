using EdgeQueue.Hub.Site;
using EdgeQueue.Hub.Site.Validation;

namespace EdgeQueue.Hub.Tests.Site.Validation;

public sealed class CountersValidatorTests
{
    private static List<EdgeQueue.Queue.Configuration.CategoryDefinition> CategoryA() =>
        new CategoriesValidator(new SiteProblems([])).Build([new CategorySection { Prefix = "A", Name = "Dowody", Hours = new() { ["mon"] = "08:00-16:00" } }]);

    [Fact]
    public void Build_Counter_ServesItsCategories()
    {
        var problems = new List<string>();

        var counters = new CountersValidator(new SiteProblems(problems)).Build([new CounterSection { Number = 5, Categories = ["A"] }], CategoryA());

        Assert.Empty(problems);
        Assert.Equal(5, Assert.Single(counters).Number);
    }

    [Fact]
    public void Build_UnknownCategoryAndTwiceTheSameNumber_Refused()
    {
        var problems = new List<string>();

        new CountersValidator(new SiteProblems(problems)).Build(
            [new CounterSection { Number = 5, Categories = ["A"] }, new CounterSection { Number = 5, Categories = ["A"] }, new CounterSection { Number = 6, Categories = ["Z"] }],
            CategoryA());

        Assert.Contains("counters[1].number: counter 5 is defined twice", problems);
        Assert.Contains("counters[2].categories: 'Z' is not a category of this site", problems);
    }
}
