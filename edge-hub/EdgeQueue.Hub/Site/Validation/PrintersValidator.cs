using EdgeQueue.Hardware.Printing.Ports;

namespace EdgeQueue.Hub.Site.Validation;

/// <summary>Printers: an id and exactly one port (usb, tcp, serial or folder).</summary>
internal sealed class PrintersValidator(SiteProblems problems)
{
    public List<PrinterDefinition> Build(List<PrinterSection>? fromFile)
    {
        var result = new List<PrinterDefinition>();
        var printers = fromFile ?? [];
        for (var i = 0; i < printers.Count; i++)
        {
            var at = $"printers[{i}]";
            var p = printers[i];
            if (string.IsNullOrWhiteSpace(p.Id))
            {
                problems.Add($"{at}.id: missing");
                continue;
            }

            if (result.Any(r => r.Id == p.Id))
            {
                problems.Add($"{at}.id: printer '{p.Id}' is defined twice");
                continue;
            }

            var ports = new (string? Value, PrinterConnection Kind)[]
            {
                (p.Usb, PrinterConnection.Usb), (p.Tcp, PrinterConnection.Tcp), (p.Serial, PrinterConnection.Serial),
                (p.Folder, PrinterConnection.Folder),
            }.Where(x => !string.IsNullOrWhiteSpace(x.Value)).ToList();
            if (ports.Count != 1)
            {
                problems.Add($"{at}: give exactly one of usb (e.g. /dev/usb/lp0), tcp (host:9100), serial (/dev/ttyUSB0?baud=19200) or folder");
                continue;
            }

            var (target, kind) = ports[0];
            if (kind == PrinterConnection.Tcp && !TcpTarget.TryParse(target!, out _, out _))
            {
                problems.Add($"{at}.tcp: '{target}' must be host:port, e.g. 192.168.1.50:9100");
                continue;
            }

            if (kind == PrinterConnection.Serial && !SerialLine.TryParse(target, out _, out var serialError))
            {
                problems.Add($"{at}.serial: {serialError}");
                continue;
            }

            result.Add(new PrinterDefinition(p.Id, kind, target!));
        }

        return result;
    }
}
