using System.Text.Json.Serialization;
using EdgeQueue.Hub.Devices;
using EdgeQueue.Hub.Display;

namespace EdgeQueue.Hub.Web;

/// <summary>
/// Source-generated metadata for the hub's HTTP views (<see cref="HubJson"/>): no reflection, so the
/// Native AOT hub writes the same JSON as the JIT one.
/// </summary>
[JsonSerializable(typeof(DevicesView))]
[JsonSerializable(typeof(HallView))]
[JsonSerializable(typeof(TicketStanding))]
[JsonSerializable(typeof(HubHealth))]
[JsonSerializable(typeof(HubClockReading))]
[JsonSerializable(typeof(DeviceForm))]
[JsonSerializable(typeof(DeviceFormAnswer))]
[JsonSerializable(typeof(WriteRefusal))]
internal sealed partial class HubJsonContext : JsonSerializerContext;
