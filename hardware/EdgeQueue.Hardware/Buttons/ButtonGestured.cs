namespace EdgeQueue.Hardware.Buttons;

/// <summary>A button was pressed (or held) by a person.</summary>
public sealed record ButtonGestured(string Button, ButtonGesture Gesture, TimeSpan Held, DateTimeOffset At);
