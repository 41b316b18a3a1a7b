namespace EdgeQueue.Firmware.Core.Contract
{
    /// <summary>How the hub asks a dispenser to light a category button (the values of show.categories).</summary>
    public static class CategoryStates
    {
        public const string Open = "open";
        public const string Closed = "closed";
    }
}
