namespace EdgeQueue.Hardware.Gpio;

/// <summary>enum gpio_v2_line_event_id. With an active-low line the kernel reports the logical edge.</summary>
public enum GpioEdge
{
    Rising = 1,
    Falling = 2,
}
