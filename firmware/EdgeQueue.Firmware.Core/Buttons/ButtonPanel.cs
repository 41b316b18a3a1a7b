using System;

namespace EdgeQueue.Firmware.Core.Buttons
{
    /// <summary>The device's buttons, numbered from 0, each with its own <see cref="ButtonTracker"/>.</summary>
    public sealed class ButtonPanel
    {
        private readonly ButtonTracker[] _buttons;

        public ButtonPanel(int count, int debounceMs, int longPressMs, IButtonListener listener)
        {
            _buttons = new ButtonTracker[count];
            for (var i = 0; i < count; i++)
            {
                _buttons[i] = new ButtonTracker(i, debounceMs, longPressMs, listener);
            }
        }

        public int Count
        {
            get { return _buttons.Length; }
        }

        public ButtonTracker this[int button]
        {
            get { return _buttons[button]; }
        }

        public void Edge(int button, bool pressed, long atMs)
        {
            if (button < 0 || button >= _buttons.Length)
            {
                throw new ArgumentOutOfRangeException("button", "no button " + button.ToString());
            }

            _buttons[button].Edge(pressed, atMs);
        }

        public void Tick(long nowMs)
        {
            for (var i = 0; i < _buttons.Length; i++)
            {
                _buttons[i].Tick(nowMs);
            }
        }
    }
}
