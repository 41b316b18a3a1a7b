namespace EdgeQueue.Contracts;

/// <summary>The role part of a device id (<c>{role}-{nn}</c>).</summary>
public static class DeviceRoles
{
    /// <summary>Ticket dispenser: category buttons, a printer, status LEDs.</summary>
    public const string Dispenser = "disp";

    /// <summary>Counter keypad: Next / Recall / No-show / Done / Transfer and a small display.</summary>
    public const string Keypad = "keypad";

    /// <summary>LED board over a counter or a group of counters.</summary>
    public const string Board = "board";

    public static bool IsKnown(string role) => role is Dispenser or Keypad or Board;
}
