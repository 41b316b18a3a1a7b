namespace EdgeQueue.Firmware.Core.Json
{
    /// <summary>The JSON literal <c>null</c> as a value (a missing property reads as C# null instead).</summary>
    public sealed class JsonNull
    {
        public static readonly JsonNull Value = new JsonNull();

        private JsonNull()
        {
        }

        public override string ToString()
        {
            return "null";
        }
    }
}
