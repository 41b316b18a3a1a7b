using EdgeQueue.Central.Booking.Administration;
using EdgeQueue.Central.Booking.Visits;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EdgeQueue.Central.Booking.Api;

/// <summary>
/// RFC 7807 problem details for refusals: <c>title</c> is the Polish message residents see,
/// <c>detail</c> the English one; extensions <c>code</c> (stable name) and <c>field</c>.
/// </summary>
internal static class BookingProblems
{
    public static ProblemHttpResult From(BookingError error) => From([error]);

    /// <summary>
    /// The first refusal as the problem, and when there are several (a form with more than one
    /// wrong field) every one of them under <c>errors</c>, each with its code, field and messages.
    /// </summary>
    public static ProblemHttpResult From(IReadOnlyList<BookingError> errors)
    {
        ArgumentOutOfRangeException.ThrowIfZero(errors.Count);
        var first = errors[0];
        var extensions = Extensions(first.Code.ToString(), first.Field);
        if (errors.Count > 1)
        {
            extensions["errors"] = errors.Select(e => new { code = e.Code.ToString(), field = e.Field, title = e.Message, detail = e.MessageEn }).ToArray();
        }

        return TypedResults.Problem(
            title: first.Message,
            detail: first.MessageEn,
            statusCode: Status(first.Code),
            type: $"urn:edgequeue:booking:{Kebab(first.Code.ToString())}",
            extensions: extensions);
    }

    public static ProblemHttpResult From(AdminError error) => TypedResults.Problem(
        title: error.Message,
        detail: error.MessageEn,
        statusCode: error.Code switch
        {
            AdminErrorCode.NotFound => StatusCodes.Status404NotFound,
            AdminErrorCode.Conflict => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status400BadRequest,
        },
        type: $"urn:edgequeue:admin:{Kebab(error.Code.ToString())}",
        extensions: Extensions(error.Code.ToString(), error.Field));

    public static ProblemHttpResult NotFound(string whatPl, string whatEn) => TypedResults.Problem(
        title: $"Nie znaleziono: {whatPl}.", detail: $"Not found: {whatEn}.", statusCode: StatusCodes.Status404NotFound,
        type: "urn:edgequeue:booking:not-found", extensions: Extensions("NotFound", null));

    public static ValueTask TooManyRequests(HttpContext context, CancellationToken cancellation)
    {
        context.Response.Headers.RetryAfter = "60";
        return new ValueTask(TypedResults.Problem(
            title: "Zbyt wiele prób w krótkim czasie. Spróbuj ponownie za minutę.",
            detail: "Too many requests from this address; try again in a minute.",
            statusCode: StatusCodes.Status429TooManyRequests,
            type: "urn:edgequeue:booking:too-many-requests",
            extensions: Extensions("TooManyRequests", null)).ExecuteAsync(context));
    }

    private static int Status(BookingErrorCode code) => code switch
    {
        BookingErrorCode.MatterNotFound or BookingErrorCode.LocationNotFound or BookingErrorCode.VisitNotFound
            or BookingErrorCode.MatterNotOfferedAtLocation => StatusCodes.Status404NotFound,
        BookingErrorCode.SlotFull or BookingErrorCode.PeselLimitReached or BookingErrorCode.CancellationTooLate => StatusCodes.Status409Conflict,
        BookingErrorCode.DayOutOfRange or BookingErrorCode.DayClosed or BookingErrorCode.TooLate or BookingErrorCode.NotASlot
            => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status400BadRequest,
    };

    private static Dictionary<string, object?> Extensions(string code, string? field)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (field is not null)
        {
            extensions["field"] = field;
        }

        return extensions;
    }

    private static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
