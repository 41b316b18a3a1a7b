namespace EdgeQueue.Firmware.Core.Buttons
{
    /// <summary>Receives the gestures a <see cref="ButtonPanel"/> recognises.</summary>
    public interface IButtonListener
    {
        void OnGesture(int button, ButtonGesture gesture, long atMs);
    }
}
