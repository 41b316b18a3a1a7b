using System.Text.Json;
using EdgeQueue.Hub.Hosting;
using EdgeQueue.Hub.Provisioning;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EdgeQueue.Hub.Web;

/// <summary>
/// The technician page's device edits, behind its log-in: <c>POST /devices/add</c>,
/// <c>POST /devices/{id}/rotate</c>, <c>POST /devices/{id}/remove</c>. The same provisioning as
/// <c>hub device …</c> (<see cref="DeviceProvisioner"/>) on the file the hub was started with, then
/// applied to the broker at once (<see cref="SiteCredentialsReload.Apply"/>, where the file watcher
/// ends too). Bad input is 400 with the reason; a cross-site request 403 (<see cref="SameOriginWrites"/>).
/// </summary>
internal static class DeviceEndpoints
{
    // The board's port on a technician's laptop (nanoff on Windows names it COMn).
    private const string DownloadSerialPort = "COM5";

    public static void Map(RouteGroupBuilder technician, HubParts parts)
    {
        technician.MapPost("/devices/add", (HttpRequest request) => WriteAsync(request.HttpContext, parts, (reload, form) =>
        {
            var provisioner = new DeviceProvisioner(reload.SitePath);
            var network = Network(provisioner, form);
            var (device, site) = provisioner.Add(new DeviceRequest
            {
                Role = form.Role ?? string.Empty,
                Id = form.Id ?? string.Empty,
                Counter = form.Counter,
                Buttons = string.IsNullOrWhiteSpace(form.Buttons) ? null : ButtonMap.Parse(form.Buttons),
                Printer = string.IsNullOrWhiteSpace(form.Printer) ? null : form.Printer,
            });
            reload.Apply();
            return Files(device, site.SiteId, network, form,
                $"Dodano {device.Id}. Może się zalogować od razu; przyciski lub stanowisko dostanie po ponownym uruchomieniu huba.");
        }));
        technician.MapPost("/devices/{id}/rotate", (HttpContext context, string id) => WriteAsync(context, parts, (reload, form) =>
        {
            var provisioner = new DeviceProvisioner(reload.SitePath);
            var network = Network(provisioner, form);
            var (device, site) = provisioner.Rotate(id);
            reload.Apply();
            return Files(device, site.SiteId, network, form, $"Nowe hasło {device.Id}: stare już nie działa, urządzenie rozłączono.");
        }));
        technician.MapPost("/devices/{id}/remove", (HttpContext context, string id) => WriteAsync(context, parts, (reload, _) =>
        {
            new DeviceProvisioner(reload.SitePath).Remove(id);
            reload.Apply();
            return new DeviceFormAnswer(id, $"Usunięto {id}: jego hasło już nie działa, urządzenie rozłączono.");
        }));
    }

    private static async Task<IResult> WriteAsync(HttpContext context, HubParts parts, Func<SiteCredentialsReload, DeviceForm, DeviceFormAnswer> write)
    {
        if (SameOriginWrites.Problem(context.Request) is { } forged)
        {
            return Refuse(StatusCodes.Status403Forbidden, forged);
        }

        if (parts.CredentialsReload is not { } reload)
        {
            return Refuse(StatusCodes.Status409Conflict, "this hub was started without a site file path; add devices with `./edgequeue hub device add`");
        }

        DeviceForm form;
        try
        {
            form = await HubJson.DeserializeAsync<DeviceForm>(context.Request.Body, context.RequestAborted) ?? new DeviceForm();
        }
        catch (JsonException e)
        {
            return Refuse(StatusCodes.Status400BadRequest, $"the form is not valid JSON: {e.Message}");
        }

        try
        {
            var answer = write(reload, form);
            // The answer may hold a plain password: no cache may keep it.
            context.Response.Headers.CacheControl = "no-store";
            return Results.Content(HubJson.Serialize(answer), "application/json; charset=utf-8");
        }
        catch (ProvisioningException e)
        {
            return Refuse(StatusCodes.Status400BadRequest, e.Message);
        }
    }

    private static BoardNetwork Network(DeviceProvisioner provisioner, DeviceForm form) =>
        BoardNetwork.For(provisioner.CurrentSite(), form.WifiSsid, form.WifiPassword, form.MqttHost);

    private static DeviceFormAnswer Files(ProvisionedDevice device, string siteId, BoardNetwork network, DeviceForm form, string message)
    {
        var serialPort = string.IsNullOrWhiteSpace(form.SerialPort) ? DownloadSerialPort : form.SerialPort;
        // Saved side by side on the technician's machine: nanoff runs in that folder.
        return new DeviceFormAnswer(device.Id.ToString(), message,
            DeviceBootFiles.Settings(device, siteId, network), DeviceBootFiles.Deploy(DeviceBootFiles.SettingsFileName, serialPort));
    }

    private static IResult Refuse(int status, string reason) =>
        Results.Content(HubJson.Serialize(new WriteRefusal(reason)), "application/json; charset=utf-8", statusCode: status);
}
