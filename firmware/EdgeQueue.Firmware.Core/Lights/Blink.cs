namespace EdgeQueue.Firmware.Core.Lights
{
    /// <summary>Turns a <see cref="LightPattern"/> into on/off at a moment of the monotonic clock.</summary>
    public static class Blink
    {
        public const int SlowHalfPeriodMs = 500;
        public const int FastHalfPeriodMs = 125;

        public static bool IsLit(LightPattern pattern, long nowMs)
        {
            switch (pattern)
            {
                case LightPattern.On:
                    return true;
                case LightPattern.BlinkSlow:
                    return (nowMs / SlowHalfPeriodMs) % 2 == 0;
                case LightPattern.BlinkFast:
                    return (nowMs / FastHalfPeriodMs) % 2 == 0;
                default:
                    return false;
            }
        }
    }
}
