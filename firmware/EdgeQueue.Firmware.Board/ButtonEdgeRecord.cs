namespace EdgeQueue.Firmware.Board
{
    /// <summary>One queued pin edge: which button, pressed or released, when.</summary>
    internal sealed class ButtonEdgeRecord
    {
        public ButtonEdgeRecord(int button, bool pressed, long atMs)
        {
            Button = button;
            Pressed = pressed;
            AtMs = atMs;
        }

        public int Button { get; }

        public bool Pressed { get; }

        public long AtMs { get; }
    }
}
