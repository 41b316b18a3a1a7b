using System.Reflection;

namespace EdgeQueue.Firmware.Tests.ApiGuard;

/// <summary>
/// The board apps are checked against api-1x.txt through the stand-ins they compile against on the
/// host; this checks the stand-ins themselves, so that a name the guard cannot see in metadata (an
/// enum member is compiled to its number) is still a real nanoFramework name.
/// </summary>
public sealed class NanoStubsTests
{
    private static readonly NanoApiCatalog Catalog = NanoApiCatalog.Load(NanoApiCatalog.DefaultPath);

    private static IEnumerable<Type> StandIns() =>
        Assembly.LoadFrom(Path.Combine(AppContext.BaseDirectory, "EdgeQueue.Firmware.NanoStubs.dll"))
            .GetExportedTypes()
            .Where(t => t.Namespace != "EdgeQueue.Firmware.NanoStubs");

    [Fact]
    public void StandIns_EveryTypeMemberAndEnumValue_IsInTheApiList()
    {
        var missing = new List<string>();
        foreach (var type in StandIns())
        {
            var name = type.FullName!;
            Check("T " + name, Catalog.HasType(name));
            if (type.IsEnum)
            {
                foreach (var value in Enum.GetNames(type))
                {
                    Check("F " + name + "::" + value, Catalog.HasMember("F " + name + "::" + value));
                }

                continue;
            }

            const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
            {
                var entry = "M " + name + "::" + method.Name + "(" + string.Join(",", method.GetParameters().Select(p => p.ParameterType.FullName)) + ")";
                Check(entry, Catalog.HasMember(entry));
            }
        }

        Assert.True(missing.Count == 0, "stand-ins that nanoFramework does not have:\n" + string.Join("\n", missing));

        void Check(string entry, bool present)
        {
            if (!present)
            {
                missing.Add(entry);
            }
        }
    }

    [Fact]
    public void StandIns_CoverTheLibrariesTheBoardAppsUse()
    {
        var namespaces = StandIns().Select(t => t.Namespace).Distinct().ToList();

        Assert.Contains("System.Device.Gpio", namespaces);
        Assert.Contains("nanoFramework.M2Mqtt", namespaces);
        Assert.Contains("nanoFramework.Networking", namespaces);
    }
}
