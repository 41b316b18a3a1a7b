using System.Text.Json.Serialization;

namespace EdgeQueue.Queue.Commands;

/// <summary>What a device, a clerk or the hub asks the queue to do. Decided by <see cref="Engine.QueueEngine"/>.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(IssueTicket), nameof(IssueTicket))]
[JsonDerivedType(typeof(CheckIn), nameof(CheckIn))]
[JsonDerivedType(typeof(CallNext), nameof(CallNext))]
[JsonDerivedType(typeof(Recall), nameof(Recall))]
[JsonDerivedType(typeof(NoShow), nameof(NoShow))]
[JsonDerivedType(typeof(Done), nameof(Done))]
[JsonDerivedType(typeof(Transfer), nameof(Transfer))]
[JsonDerivedType(typeof(OpenCounter), nameof(OpenCounter))]
[JsonDerivedType(typeof(CloseCounter), nameof(CloseCounter))]
[JsonDerivedType(typeof(RollOverDay), nameof(RollOverDay))]
[JsonDerivedType(typeof(SyncBooking), nameof(SyncBooking))]
[JsonDerivedType(typeof(RecordPrint), nameof(RecordPrint))]
public abstract record QueueCommand;
