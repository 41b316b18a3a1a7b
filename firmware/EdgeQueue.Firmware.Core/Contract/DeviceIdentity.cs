namespace EdgeQueue.Firmware.Core.Contract
{
    /// <summary>Checks device ids (<c>{role}-{nn}</c>, 2–4 digits) and site ids the way the hub does.</summary>
    public static class DeviceIdentity
    {
        /// <summary>The role of a well-formed device id, or null (with <paramref name="error"/>) when it is not one.</summary>
        public static string RoleOf(string deviceId, out string error)
        {
            if (string.IsNullOrEmpty(deviceId))
            {
                error = "device id is empty";
                return null;
            }

            var dash = deviceId.IndexOf('-');
            if (dash <= 0)
            {
                error = "device id '" + deviceId + "' is not {role}-{nn}";
                return null;
            }

            var role = deviceId.Substring(0, dash);
            if (role != DeviceRoles.Dispenser && role != DeviceRoles.Keypad && role != DeviceRoles.Board)
            {
                error = "device id '" + deviceId + "' has a role other than disp, keypad or board";
                return null;
            }

            var digits = deviceId.Length - dash - 1;
            if (digits < 2 || digits > 4 || !AllDigits(deviceId, dash + 1))
            {
                error = "device id '" + deviceId + "' must end in 2 to 4 digits";
                return null;
            }

            error = null;
            return role;
        }

        /// <summary>1–40 lowercase letters, digits or dashes.</summary>
        public static bool IsValidSiteId(string siteId)
        {
            if (string.IsNullOrEmpty(siteId) || siteId.Length > 40)
            {
                return false;
            }

            for (var i = 0; i < siteId.Length; i++)
            {
                var c = siteId[i];
                if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool AllDigits(string text, int from)
        {
            for (var i = from; i < text.Length; i++)
            {
                if (text[i] < '0' || text[i] > '9')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
