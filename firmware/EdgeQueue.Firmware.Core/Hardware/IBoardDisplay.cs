namespace EdgeQueue.Firmware.Core.Hardware
{
    /// <summary>
    /// The counter display's 8 digits: <see cref="ISegmentDisplay.Show"/> lights up to eight
    /// characters, <see cref="Darken"/> switches every digit off (the counter serves nobody, or the
    /// dark half of a blink) without forgetting what was shown.
    /// </summary>
    public interface IBoardDisplay : ISegmentDisplay
    {
        void Darken();
    }
}
