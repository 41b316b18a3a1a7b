namespace EdgeQueue.Firmware.Core.Contract
{
    /// <summary>The role part of a device id <c>{role}-{nn}</c>.</summary>
    public static class DeviceRoles
    {
        public const string Dispenser = "disp";
        public const string Keypad = "keypad";

        /// <summary>The counter display: an LED board above one counter; it sends no events.</summary>
        public const string Board = "board";
    }
}
