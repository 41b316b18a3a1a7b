using System.Reflection;

namespace EdgeQueue.Hub.Web;

/// <summary>The hub's HTML pages, embedded in the assembly so a published hub is one folder.</summary>
public static class PageResources
{
    public static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"EdgeQueue.Hub.Web.{name}")
            ?? throw new InvalidOperationException($"page {name} is not embedded in the hub");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
