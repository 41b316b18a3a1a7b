using EdgeQueue.Queue.Configuration;

namespace EdgeQueue.Hub.Site.Validation;

/// <summary>Counters: numbers and the categories each serves, in order, with its calling policy.</summary>
internal sealed class CountersValidator(SiteProblems problems)
{
    public List<CounterDefinition> Build(List<CounterSection>? fromFile, List<CategoryDefinition> categories)
    {
        var result = new List<CounterDefinition>();
        if (fromFile is not { Count: > 0 } counters)
        {
            problems.Add("counters: missing or empty; a hall needs at least one counter");
            return result;
        }

        for (var i = 0; i < counters.Count; i++)
        {
            var at = $"counters[{i}]";
            var c = counters[i];
            if (c.Number is not { } number || number is < 1 or > 999)
            {
                problems.Add($"{at}.number: '{c.Number}' must be a whole number 1-999");
                continue;
            }

            if (result.Any(r => r.Number == number))
            {
                problems.Add($"{at}.number: counter {number} is defined twice");
                continue;
            }

            if (c.Categories is not { Count: > 0 } served)
            {
                problems.Add($"{at}.categories: missing or empty; list the prefixes this counter serves");
                continue;
            }

            foreach (var unknown in served.Where(p => categories.All(k => k.Prefix != p)))
            {
                problems.Add($"{at}.categories: '{unknown}' is not a category of this site");
            }

            var policy = c.Policy switch
            {
                null or "longestWait" => CallPolicy.LongestWait,
                "strictOrder" => CallPolicy.StrictOrder,
                _ => (CallPolicy?)null,
            };
            if (policy is null)
            {
                problems.Add($"{at}.policy: '{c.Policy}' must be \"longestWait\" or \"strictOrder\"");
            }

            result.Add(new CounterDefinition { Number = number, Categories = served, Policy = policy ?? CallPolicy.LongestWait });
        }

        return result;
    }
}
