using EdgeQueue.Hub.Site;
using EdgeQueue.Hub.Site.Validation;

namespace EdgeQueue.Hub.Tests.Site.Validation;

public sealed class AudioSectionValidatorTests
{
    [Fact]
    public void Build_NoSection_NoProblem()
    {
        var problems = new List<string>();

        new AudioSectionValidator(new SiteProblems(problems)).Build(null);

        Assert.Empty(problems);
    }

    [Fact]
    public void Build_UnknownOutputAndRepeat_Refused()
    {
        var problems = new List<string>();

        new AudioSectionValidator(new SiteProblems(problems)).Build(new AudioSection { Output = "bluetooth", Repeat = 5 });

        Assert.Contains("audio.output: 'bluetooth' must be auto, aplay, folder or none", problems);
        Assert.Contains("audio.repeat: 5 must be 1, 2 or 3", problems);
    }
}
