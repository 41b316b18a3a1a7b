using EdgeQueue.Contracts;

namespace EdgeQueue.Hub.Provisioning;

/// <summary>The roles as a technician names them (<c>dispenser</c>, <c>keypad</c>, <c>board</c>) and as device ids spell them (<see cref="DeviceRoles"/>).</summary>
public static class DeviceRoleNames
{
    public const string Dispenser = "dispenser";
    public const string Keypad = "keypad";
    public const string Board = "board";

    /// <summary>The id prefix of a role name; the prefix itself (<c>disp</c>) is taken too.</summary>
    public static string Parse(string? name) => name switch
    {
        Dispenser or DeviceRoles.Dispenser => DeviceRoles.Dispenser,
        Keypad => DeviceRoles.Keypad,
        Board => DeviceRoles.Board,
        _ => throw new ProvisioningException($"unknown role '{name}'; a device is a {Dispenser}, a {Keypad} or a {Board}"),
    };

    public static string Describe(string role) => role switch
    {
        DeviceRoles.Dispenser => Dispenser,
        DeviceRoles.Keypad => Keypad,
        _ => Board,
    };
}
