using System;

namespace EdgeQueue.Firmware.Core.Json
{
    /// <summary>Thrown inside <see cref="JsonReader"/> only; callers get a false and the message.</summary>
    internal sealed class JsonFormatException : Exception
    {
        public JsonFormatException(string message)
            : base(message)
        {
        }
    }
}
