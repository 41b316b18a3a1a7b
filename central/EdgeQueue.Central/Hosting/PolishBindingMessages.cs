using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace EdgeQueue.Central.Hosting;

/// <summary>Form-binding errors (a letter where a number belongs, a missing value) in Polish, like every other message.</summary>
public static class PolishBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetValueMustNotBeNullAccessor(_ => "To pole jest wymagane.");
        messages.SetMissingBindRequiredValueAccessor(_ => "To pole jest wymagane.");
        messages.SetMissingKeyOrValueAccessor(() => "To pole jest wymagane.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Formularz jest pusty.");
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => $"Wartość „{value}” jest nieprawidłowa.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Wartość „{value}” jest nieprawidłowa.");
        messages.SetUnknownValueIsInvalidAccessor(_ => "Podana wartość jest nieprawidłowa.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Podana wartość jest nieprawidłowa.");
        messages.SetValueIsInvalidAccessor(value => $"Wartość „{value}” jest nieprawidłowa.");
        messages.SetValueMustBeANumberAccessor(_ => "Podaj liczbę.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Podaj liczbę.");
    }
}
