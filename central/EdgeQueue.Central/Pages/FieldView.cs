using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EdgeQueue.Central.Pages;

/// <summary>What the _TextField partial renders: a labelled input with its hint and its first error.</summary>
public sealed record FieldView(
    ModelStateDictionary State,
    string Name,
    string Label,
    string? Value,
    string Type = "text",
    string? Hint = null,
    string? AutoComplete = null,
    string? InputMode = null,
    bool Required = false)
{
    public string? Error => State.TryGetValue(Name, out var entry) ? entry.Errors.FirstOrDefault()?.ErrorMessage : null;
}
