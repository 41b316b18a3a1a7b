namespace EdgeQueue.Firmware.Core.Contract
{
    /// <summary>The <c>paper</c> values of the state and show messages.</summary>
    public static class PaperStates
    {
        public const string Ok = "ok";
        public const string Low = "low";
        public const string Out = "out";
    }
}
