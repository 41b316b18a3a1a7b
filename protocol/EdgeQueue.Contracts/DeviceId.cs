using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace EdgeQueue.Contracts;

/// <summary>A device id such as <c>disp-01</c> or <c>keypad-05</c>: a known role, a dash, two or more digits.</summary>
public readonly record struct DeviceId
{
    private DeviceId(string role, int number)
    {
        Role = role;
        Number = number;
    }

    public string Role { get; }

    public int Number { get; }

    public static DeviceId Create(string role, int number)
    {
        if (!DeviceRoles.IsKnown(role))
        {
            throw new ArgumentException($"unknown device role '{role}'", nameof(role));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 9999);
        return new DeviceId(role, number);
    }

    public static DeviceId Parse(string text) =>
        TryParse(text, out var id, out var error) ? id : throw new FormatException(error);

    public static bool TryParse(string? text, out DeviceId id) => TryParse(text, out id, out _);

    public static bool TryParse(string? text, out DeviceId id, [NotNullWhen(false)] out string? error)
    {
        id = default;
        if (string.IsNullOrEmpty(text))
        {
            error = "device id is empty";
            return false;
        }

        var dash = text.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0)
        {
            error = $"device id '{text}' is not {{role}}-{{nn}}";
            return false;
        }

        var role = text[..dash];
        var digits = text[(dash + 1)..];
        if (!DeviceRoles.IsKnown(role))
        {
            error = $"device id '{text}' has an unknown role '{role}'";
            return false;
        }

        if (digits.Length is < 2 or > 4 || !digits.All(char.IsAsciiDigit))
        {
            error = $"device id '{text}' must end in 2 to 4 digits";
            return false;
        }

        id = new DeviceId(role, int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture));
        error = null;
        return true;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Role}-{Number:D2}");
}
