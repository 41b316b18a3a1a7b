using EdgeQueue.Firmware.NanoStubs;

namespace System.Device.Gpio
{
    public enum PinMode
    {
        Input = 0,
        InputPullDown = 1,
        InputPullUp = 2,
        Output = 3,
        OutputOpenDrain = 4,
        OutputOpenDrainPullUp = 5,
        OutputOpenSource = 6,
        OutputOpenSourcePullDown = 7,
    }

    [Flags]
    public enum PinEventTypes
    {
        None = 0,
        Rising = 1,
        Falling = 2,
    }

    public readonly struct PinValue
    {
        public static PinValue Low => throw new NotOnHostException();

        public static PinValue High => throw new NotOnHostException();

        public static bool operator ==(PinValue a, PinValue b) => throw new NotOnHostException();

        public static bool operator !=(PinValue a, PinValue b) => throw new NotOnHostException();

        public bool Equals(PinValue other) => throw new NotOnHostException();

        public override bool Equals(object obj) => throw new NotOnHostException();

        public override int GetHashCode() => throw new NotOnHostException();
    }

    public class PinValueChangedEventArgs : EventArgs
    {
        public PinValueChangedEventArgs(PinEventTypes changeType, int pinNumber) => throw new NotOnHostException();

        public PinEventTypes ChangeType => throw new NotOnHostException();

        public int PinNumber => throw new NotOnHostException();
    }

    public delegate void PinValueChangedEventHandler(object sender, PinValueChangedEventArgs pinValueChangedEventArgs);

    public class GpioPin : IDisposable
    {
        internal GpioPin()
        {
        }

        public event PinValueChangedEventHandler ValueChanged
        {
            add => throw new NotOnHostException();
            remove => throw new NotOnHostException();
        }

        public int PinNumber => throw new NotOnHostException();

        public TimeSpan DebounceTimeout
        {
            get => throw new NotOnHostException();
            set => throw new NotOnHostException();
        }

        public PinValue Read() => throw new NotOnHostException();

        public void Write(PinValue value) => throw new NotOnHostException();

        public void SetPinMode(PinMode mode) => throw new NotOnHostException();

        public void Dispose() => throw new NotOnHostException();
    }

    public class GpioController : IDisposable
    {
        public GpioController() => throw new NotOnHostException();

        public GpioPin OpenPin(int pinNumber, PinMode mode) => throw new NotOnHostException();

        public void Dispose() => throw new NotOnHostException();
    }
}
