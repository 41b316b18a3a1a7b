using System.Globalization;
using EdgeQueue.Contracts;
using EdgeQueue.Queue.Configuration;
using EdgeQueue.Security;

namespace EdgeQueue.Hub.Site.Validation;

/// <summary>Devices: ids by role, password hashes, a dispenser's buttons and printer, a keypad's counter.</summary>
internal sealed class DevicesValidator(SiteProblems problems)
{
    public List<DeviceDefinition> Build(List<DeviceSection>? fromFile,
        List<CategoryDefinition> categories, List<CounterDefinition> counters, List<PrinterDefinition> printers)
    {
        var result = new List<DeviceDefinition>();
        var devices = fromFile ?? [];
        for (var i = 0; i < devices.Count; i++)
        {
            var at = $"devices[{i}]";
            var d = devices[i];
            if (!DeviceId.TryParse(d.Id, out var id, out var idError))
            {
                problems.Add($"{at}.id: {idError}");
                continue;
            }

            if (result.Any(r => r.Id == id))
            {
                problems.Add($"{at}.id: device '{id}' is defined twice");
                continue;
            }

            if (id.ToString() != d.Id)
            {
                problems.Add($"{at}.id: write '{d.Id}' as '{id}' (it is also the MQTT user name)");
            }

            if (PasswordHash.Problem(d.PasswordHash) is { } hashProblem)
            {
                problems.Add($"{at}.passwordHash: {hashProblem}");
            }

            if (d.Brightness is < 0 or > 100)
            {
                problems.Add($"{at}.brightness: {d.Brightness} must be 0-100");
            }

            if (id.Role == DeviceRoles.Dispenser)
            {
                CheckDispenser(d, at, categories, printers);
            }
            else if (d.Buttons is not null || d.Printer is not null)
            {
                problems.Add($"{at}: buttons and printer belong to dispensers (disp-nn) only");
            }

            if (id.Role == DeviceRoles.Keypad && d.Counter is null)
            {
                problems.Add($"{at}.counter: missing; a keypad belongs to a counter");
            }
            else if (id.Role is (DeviceRoles.Keypad or DeviceRoles.Board) && d.Counter is { } counter && counters.All(c => c.Number != counter))
            {
                // A counter display over a counter that does not exist would stay dark all day.
                problems.Add($"{at}.counter: counter {counter} is not in counters");
            }
            else if (d.Counter is not null && id.Role is not (DeviceRoles.Keypad or DeviceRoles.Board))
            {
                problems.Add($"{at}.counter: only keypads and boards belong to a counter");
            }

            result.Add(new DeviceDefinition
            {
                Id = id,
                PasswordHash = d.PasswordHash ?? string.Empty,
                Buttons = d.Buttons,
                PrinterId = d.Printer,
                Counter = d.Counter,
                Brightness = d.Brightness,
            });
        }

        return result;
    }

    private void CheckDispenser(DeviceSection d, string at, List<CategoryDefinition> categories, List<PrinterDefinition> printers)
    {
        if (d.Buttons is not { Count: > 0 } buttons)
        {
            problems.Add($"{at}.buttons: missing; map button numbers to categories, e.g. {{\"1\": \"A\"}}");
        }
        else
        {
            foreach (var (button, prefix) in buttons)
            {
                if (!int.TryParse(button, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is < 1 or > 16)
                {
                    problems.Add($"{at}.buttons: button '{button}' must be a number 1-16");
                }

                if (categories.All(c => c.Prefix != prefix))
                {
                    problems.Add($"{at}.buttons.{button}: '{prefix}' is not a category of this site");
                }
            }
        }

        if (string.IsNullOrWhiteSpace(d.Printer))
        {
            problems.Add($"{at}.printer: missing; name the printer (from printers) its tickets come out of");
        }
        else if (printers.All(p => p.Id != d.Printer))
        {
            problems.Add($"{at}.printer: '{d.Printer}' is not defined in printers");
        }
    }
}
