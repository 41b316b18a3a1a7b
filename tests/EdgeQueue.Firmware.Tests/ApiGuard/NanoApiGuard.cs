using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace EdgeQueue.Firmware.Tests.ApiGuard;

/// <summary>
/// Reads a compiled assembly's metadata and reports every reference to something nanoFramework 1.x
/// does not have: type references and member references (methods with their parameter types, fields)
/// missing from api-1x.txt, every generic instantiation (type specifications that instantiate a
/// generic type, method specifications), and members of such instantiations. Return types are not
/// compared (api-1x.txt does not list them); IL that reaches a member only through reflection
/// strings is invisible here.
/// </summary>
public static class NanoApiGuard
{
    /// <param name="assemblyPath">The compiled assembly to check.</param>
    /// <param name="catalog">What the device has.</param>
    /// <param name="ownAssemblies">
    /// Firmware assemblies checked on their own (e.g. the portable core, when checking the board
    /// apps): references into them are not nanoFramework API and are skipped.
    /// </param>
    public static IReadOnlyList<ApiViolation> Check(string assemblyPath, NanoApiCatalog catalog, params string[] ownAssemblies) =>
        Check(assemblyPath, catalog, seen: null, ownAssemblies);

    /// <summary>As above; <paramref name="seen"/> receives every type and member entry that was checked.</summary>
    public static IReadOnlyList<ApiViolation> Check(string assemblyPath, NanoApiCatalog catalog, ICollection<string>? seen, params string[] ownAssemblies)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var names = new SignatureNames(reader);
        var violations = new List<ApiViolation>();
        var assemblyAttributeCtors = AttributeConstructors(reader, assemblyOnly: true);
        var anyAttributeCtors = AttributeConstructors(reader, assemblyOnly: false);
        var ilMemberTokens = IlMemberTokens(pe, reader);

        foreach (var handle in reader.TypeReferences)
        {
            if (IsOwn(reader, handle, ownAssemblies))
            {
                continue;
            }

            var name = SignatureNames.NameOf(reader, handle);
            seen?.Add("T " + name);
            if (name.Contains('`', StringComparison.Ordinal))
            {
                violations.Add(new ApiViolation("T " + name, "generic type (nanoFramework 1.x cannot run generics)"));
            }
            else if (!catalog.HasType(name) && !IsAllowedAttributeType(reader, handle, name, assemblyAttributeCtors, anyAttributeCtors, ilMemberTokens))
            {
                violations.Add(new ApiViolation("T " + name, "type not in api-1x.txt"));
            }
        }

        for (var row = 1; row <= reader.GetTableRowCount(TableIndex.TypeSpec); row++)
        {
            var handle = MetadataTokens.TypeSpecificationHandle(row);
            var spec = reader.GetTypeSpecification(handle).DecodeSignature(names, null);
            if (spec.Contains('<', StringComparison.Ordinal))
            {
                violations.Add(new ApiViolation("T " + spec, "generic instantiation"));
            }
        }

        for (var row = 1; row <= reader.GetTableRowCount(TableIndex.MethodSpec); row++)
        {
            var handle = MetadataTokens.MethodSpecificationHandle(row);
            var spec = reader.GetMethodSpecification(handle);
            var arguments = spec.DecodeSignature(names, null);
            violations.Add(new ApiViolation(
                "M " + Describe(reader, names, spec.Method) + "<" + string.Join(",", arguments) + ">",
                "generic method instantiation"));
        }

        foreach (var handle in reader.MemberReferences)
        {
            var member = reader.GetMemberReference(handle);
            string parent;
            switch (member.Parent.Kind)
            {
                case HandleKind.TypeReference:
                    if (IsOwn(reader, (TypeReferenceHandle)member.Parent, ownAssemblies))
                    {
                        continue;
                    }

                    parent = SignatureNames.NameOf(reader, (TypeReferenceHandle)member.Parent);
                    break;
                case HandleKind.TypeSpecification:
                    parent = reader.GetTypeSpecification((TypeSpecificationHandle)member.Parent).DecodeSignature(names, null);
                    violations.Add(new ApiViolation(Entry(reader, names, member, parent), "member of a generic instantiation or array type"));
                    continue;
                default:
                    // Members of this assembly's own types (vararg call sites): nothing external.
                    continue;
            }

            var entry = Entry(reader, names, member, parent);
            seen?.Add(entry);
            if (catalog.HasMember(entry))
            {
                continue;
            }

            if (IsAllowedAttributeConstructor(handle, parent, assemblyAttributeCtors, anyAttributeCtors, ilMemberTokens))
            {
                continue;
            }

            violations.Add(new ApiViolation(entry, catalog.IsGenericOnly(entry)
                ? "generic member (nanoFramework 1.x cannot run generics)"
                : "member not in api-1x.txt"));
        }

        return violations;
    }

    private static bool IsOwn(MetadataReader reader, TypeReferenceHandle handle, string[] ownAssemblies)
    {
        var scope = reader.GetTypeReference(handle).ResolutionScope;
        while (scope.Kind == HandleKind.TypeReference)
        {
            scope = reader.GetTypeReference((TypeReferenceHandle)scope).ResolutionScope;
        }

        if (scope.Kind != HandleKind.AssemblyReference)
        {
            return false;
        }

        var name = reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)scope).Name);
        return Array.IndexOf(ownAssemblies, name) >= 0;
    }

    private static string Entry(MetadataReader reader, SignatureNames names, MemberReference member, string parent)
    {
        var name = reader.GetString(member.Name);
        if (member.GetKind() == MemberReferenceKind.Field)
        {
            return "F " + parent + "::" + name;
        }

        var signature = member.DecodeMethodSignature(names, null);
        return "M " + parent + "::" + name + "(" + string.Join(",", signature.ParameterTypes) + ")";
    }

    private static string Describe(MetadataReader reader, SignatureNames names, EntityHandle method)
    {
        if (method.Kind == HandleKind.MemberReference)
        {
            var member = reader.GetMemberReference((MemberReferenceHandle)method);
            var parent = member.Parent.Kind == HandleKind.TypeReference
                ? SignatureNames.NameOf(reader, (TypeReferenceHandle)member.Parent)
                : "?";
            return Entry(reader, names, member, parent)[2..];
        }

        var definition = reader.GetMethodDefinition((MethodDefinitionHandle)method);
        return SignatureNames.NameOf(reader, definition.GetDeclaringType()) + "::" + reader.GetString(definition.Name);
    }

    private static HashSet<MemberReferenceHandle> AttributeConstructors(MetadataReader reader, bool assemblyOnly)
    {
        var result = new HashSet<MemberReferenceHandle>();
        IEnumerable<CustomAttributeHandle> owners = assemblyOnly
            ? reader.GetAssemblyDefinition().GetCustomAttributes().Concat(reader.GetModuleDefinition().GetCustomAttributes())
            : reader.CustomAttributes;
        foreach (var handle in owners)
        {
            var constructor = reader.GetCustomAttribute(handle).Constructor;
            if (constructor.Kind == HandleKind.MemberReference)
            {
                result.Add((MemberReferenceHandle)constructor);
            }
        }

        return result;
    }

    /// <summary>Every member reference token that method bodies use (call, newobj, ldfld, ldtoken...).</summary>
    private static HashSet<MemberReferenceHandle> IlMemberTokens(PEReader pe, MetadataReader reader)
    {
        var result = new HashSet<MemberReferenceHandle>();
        foreach (var methodHandle in reader.MethodDefinitions)
        {
            var rva = reader.GetMethodDefinition(methodHandle).RelativeVirtualAddress;
            if (rva == 0)
            {
                continue;
            }

            var il = pe.GetMethodBody(rva).GetILBytes();
            if (il is null)
            {
                continue;
            }

            // A coarse but safe scan: any 4-byte little-endian value whose table byte is MemberRef (0x0A)
            // and whose row exists counts as used. False positives only make the guard stricter.
            for (var i = 0; i + 3 < il.Length; i++)
            {
                if (il[i + 3] != 0x0A)
                {
                    continue;
                }

                var row = il[i] | (il[i + 1] << 8) | (il[i + 2] << 16);
                if (row >= 1 && row <= reader.GetTableRowCount(TableIndex.MemberRef))
                {
                    result.Add(MetadataTokens.MemberReferenceHandle(row));
                }
            }
        }

        return result;
    }

    private static bool IsAllowedAttributeConstructor(
        MemberReferenceHandle handle,
        string parent,
        HashSet<MemberReferenceHandle> assemblyAttributeCtors,
        HashSet<MemberReferenceHandle> anyAttributeCtors,
        HashSet<MemberReferenceHandle> ilMemberTokens)
    {
        if (!CompilerEmittedAllowances.Attributes.TryGetValue(parent, out var allowance) || ilMemberTokens.Contains(handle))
        {
            return false;
        }

        return allowance.AssemblyOnly ? assemblyAttributeCtors.Contains(handle) : anyAttributeCtors.Contains(handle);
    }

    /// <summary>An allowed compiler-emitted attribute type whose every member reference is an allowed attribute constructor.</summary>
    private static bool IsAllowedAttributeType(
        MetadataReader reader,
        TypeReferenceHandle type,
        string name,
        HashSet<MemberReferenceHandle> assemblyAttributeCtors,
        HashSet<MemberReferenceHandle> anyAttributeCtors,
        HashSet<MemberReferenceHandle> ilMemberTokens)
    {
        if (!CompilerEmittedAllowances.Attributes.ContainsKey(name))
        {
            return false;
        }

        foreach (var handle in reader.MemberReferences)
        {
            var member = reader.GetMemberReference(handle);
            if (member.Parent.Kind == HandleKind.TypeReference && (TypeReferenceHandle)member.Parent == type
                && !IsAllowedAttributeConstructor(handle, name, assemblyAttributeCtors, anyAttributeCtors, ilMemberTokens))
            {
                return false;
            }
        }

        return true;
    }
}
