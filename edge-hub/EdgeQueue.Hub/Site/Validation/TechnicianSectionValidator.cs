using EdgeQueue.Security;

namespace EdgeQueue.Hub.Site.Validation;

/// <summary>The technician login of the /devices page.</summary>
internal sealed class TechnicianSectionValidator(SiteProblems problems)
{
    public TechnicianLogin? Build(TechnicianSection? fromFile)
    {
        var section = fromFile;
        if (section is null)
        {
            problems.Add("technician: missing (needs passwordHash for the /devices page)");
            return null;
        }

        if (PasswordHash.Problem(section.PasswordHash) is { } problem)
        {
            problems.Add($"technician.passwordHash: {problem}");
        }

        return new TechnicianLogin(section.Username ?? "technik", section.PasswordHash ?? string.Empty);
    }
}
