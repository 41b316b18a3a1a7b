namespace EdgeQueue.Hardware.Buttons;

/// <summary>A physical push button at a counter or dispenser (Next, Recall, a category key).</summary>
public interface ICallButton
{
    string Name { get; }

    /// <summary>True while held (after debouncing).</summary>
    bool IsPressed { get; }

    /// <summary>Raised for every press and long press, on the thread that read the edge or fired the timer.</summary>
    event EventHandler<ButtonGestured>? Gestured;
}
