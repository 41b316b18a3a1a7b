using System.Collections;
using EdgeQueue.Firmware.Core.Json;

namespace EdgeQueue.Firmware.Core.Contract
{
    /// <summary>
    /// Typed reads of message members with the hub's rules: a required member must be there with the
    /// right JSON type; an optional one may be missing or null; a wrong type is an error, never a guess.
    /// Absent optional integers read as <see cref="Absent"/>.
    /// </summary>
    public static class JsonFields
    {
        /// <summary>The value of an optional integer that the message does not carry.</summary>
        public const int Absent = -1;

        public static bool TryString(JsonObject message, string name, bool required, out string value, out string error)
        {
            value = null;
            var raw = message.Get(name);
            if (raw == null || raw is JsonNull)
            {
                return Missing(name, required, out error);
            }

            value = raw as string;
            if (value == null)
            {
                error = "'" + name + "' must be a string";
                return false;
            }

            error = null;
            return true;
        }

        public static bool TryBool(JsonObject message, string name, bool required, out bool value, out string error)
        {
            value = false;
            var raw = message.Get(name);
            if (raw == null || raw is JsonNull)
            {
                return Missing(name, required, out error);
            }

            if (!(raw is bool))
            {
                error = "'" + name + "' must be true or false";
                return false;
            }

            value = (bool)raw;
            error = null;
            return true;
        }

        /// <summary>Reads a whole number in 0..int.MaxValue (every integer of the contract is a count, a number or a version).</summary>
        public static bool TryCount(JsonObject message, string name, bool required, out int value, out string error)
        {
            value = Absent;
            var raw = message.Get(name);
            if (raw == null || raw is JsonNull)
            {
                return Missing(name, required, out error);
            }

            if (!(raw is long))
            {
                error = "'" + name + "' must be a whole number";
                return false;
            }

            var number = (long)raw;
            if (number < 0 || number > int.MaxValue)
            {
                error = "'" + name + "' is out of range";
                return false;
            }

            value = (int)number;
            error = null;
            return true;
        }

        /// <summary>Reads an object whose members are all strings (e.g. button → category) into a table.</summary>
        public static bool TryStringMap(JsonObject message, string name, out Hashtable value, out string error)
        {
            value = null;
            var raw = message.Get(name);
            if (raw == null || raw is JsonNull)
            {
                error = null;
                return true;
            }

            var map = raw as JsonObject;
            if (map == null)
            {
                error = "'" + name + "' must be an object";
                return false;
            }

            value = new Hashtable();
            var names = map.Names;
            for (var i = 0; i < names.Length; i++)
            {
                var entry = map.Get(names[i]) as string;
                if (entry == null)
                {
                    value = null;
                    error = "'" + name + "." + names[i] + "' must be a string";
                    return false;
                }

                value[names[i]] = entry;
            }

            error = null;
            return true;
        }

        /// <summary>Reads an array of strings; a missing or null member reads as null.</summary>
        public static bool TryStringArray(JsonObject message, string name, out string[] value, out string error)
        {
            value = null;
            var raw = message.Get(name);
            if (raw == null || raw is JsonNull)
            {
                error = null;
                return true;
            }

            var list = raw as ArrayList;
            if (list == null)
            {
                error = "'" + name + "' must be an array";
                return false;
            }

            var result = new string[list.Count];
            for (var i = 0; i < list.Count; i++)
            {
                result[i] = list[i] as string;
                if (result[i] == null)
                {
                    error = "'" + name + "[" + i.ToString() + "]' must be a string";
                    return false;
                }
            }

            value = result;
            error = null;
            return true;
        }

        private static bool Missing(string name, bool required, out string error)
        {
            if (required)
            {
                error = "'" + name + "' is required";
                return false;
            }

            error = null;
            return true;
        }
    }
}
