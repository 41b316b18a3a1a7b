namespace EdgeQueue.Firmware.Tests.ApiGuard;

/// <summary>
/// Attributes the C# compiler itself puts into what it builds for the host, which api-1x.txt does
/// not list. Each is allowed ONLY as the constructor of a custom attribute (assembly/module ones
/// only where <see cref="Allowance.AssemblyOnly"/>), and the attribute type's own reference only when
/// nothing else refers to it; used anywhere else (e.g. constructed in code) it is reported like any
/// other gap. Everything the firmware's own sources reference must be in api-1x.txt.
/// </summary>
public static class CompilerEmittedAllowances
{
    public static readonly IReadOnlyDictionary<string, Allowance> Attributes = new Dictionary<string, Allowance>(StringComparer.Ordinal)
    {
        ["System.Runtime.CompilerServices.CompilationRelaxationsAttribute"] = new(
            AssemblyOnly: true,
            "Roslyn adds [assembly: CompilationRelaxations(8)] to every assembly; it only informs a JIT about string interning."),
        ["System.Runtime.CompilerServices.RuntimeCompatibilityAttribute"] = new(
            AssemblyOnly: true,
            "Roslyn adds [assembly: RuntimeCompatibility(WrapNonExceptionThrows = true)] to every assembly; C# cannot throw non-exceptions."),
        ["System.Runtime.CompilerServices.RefSafetyRulesAttribute"] = new(
            AssemblyOnly: true,
            "Roslyn adds [module: RefSafetyRules(11)] when the corlib is .NET 7 or later (the host's); compiled against nanoFramework's mscorlib it is not emitted."),
        ["System.Runtime.CompilerServices.CompilerGeneratedAttribute"] = new(
            AssemblyOnly: false,
            "Roslyn marks auto-property backing fields with it; the attribute is optional to the compiler, which leaves it out when the corlib lacks it, as nanoFramework's mscorlib does."),
    };

    /// <summary>Where an allowed attribute may appear, and why it is allowed.</summary>
    public sealed record Allowance(bool AssemblyOnly, string Reason);
}
