using System.Diagnostics.CodeAnalysis;
using EdgeQueue.Contracts.Messages;

namespace EdgeQueue.Contracts;

/// <summary>
/// What makes a <see cref="DeviceEvent"/> acceptable from a given device, beyond well-formed JSON:
/// the id belongs to the sender, the kind is known and allowed for its role, and the fields the
/// kind needs are there.
/// </summary>
public static class DeviceEventRules
{
    public static bool TryValidate(
        DeviceEvent message,
        DeviceId sender,
        [NotNullWhen(false)] out string? errorCode,
        [NotNullWhen(false)] out string? errorMessage)
    {
        errorCode = ReplyErrors.BadRequest;
        if (!EventId.TryParse(message.Id, out var id, out errorMessage))
        {
            return false;
        }

        if (id.Device != sender)
        {
            errorMessage = $"event id '{message.Id}' belongs to {id.Device}, not to the sender {sender}";
            return false;
        }

        if (!DeviceEventKinds.IsKnown(message.Kind))
        {
            errorCode = ReplyErrors.UnknownKind;
            errorMessage = $"unknown event kind '{message.Kind}'";
            return false;
        }

        var allowed = message.Kind == DeviceEventKinds.TicketRequest
            ? sender.Role == DeviceRoles.Dispenser
            : message.Kind == DeviceEventKinds.CheckIn
                ? sender.Role is DeviceRoles.Dispenser or DeviceRoles.Keypad
                : sender.Role == DeviceRoles.Keypad;
        if (!allowed)
        {
            errorCode = ReplyErrors.NotAllowed;
            errorMessage = $"a {sender.Role} device may not send '{message.Kind}'";
            return false;
        }

        var missing = message.Kind switch
        {
            DeviceEventKinds.TicketRequest when string.IsNullOrWhiteSpace(message.Category) => "category",
            DeviceEventKinds.CounterTransfer when string.IsNullOrWhiteSpace(message.To) => "to",
            DeviceEventKinds.CheckIn when string.IsNullOrWhiteSpace(message.Code) => "code",
            _ => null,
        };
        if (missing is not null)
        {
            errorMessage = $"'{message.Kind}' needs the field '{missing}'";
            return false;
        }

        errorCode = null;
        errorMessage = null;
        return true;
    }
}
