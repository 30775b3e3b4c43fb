using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace PerfBot.Briefings;

/// <summary>
/// GET /briefings/{id}.docx?for=&amp;expires=&amp;sig= — the brief's Word document behind the card's link.
/// The link is signed for one recipient and expires. It works only if the signature matches, it has not expired, and the
/// brief was actually sent to that recipient. Like any emailed link it is a bearer token until it expires: whoever holds
/// the URL can open it, which is why it is short-lived and only ever sent in the recipient's own 1:1 chat.
/// </summary>
public static class BriefingDownloads
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static IEndpointConventionBuilder MapBriefingDownloads(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(BriefLinkSigner.PathPrefix + "{id}.docx", Download).WithName("BriefingDownload");

    private static IResult Download(string id, HttpContext http, BriefLinkSigner signer, BriefStore briefs)
    {
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        var query = http.Request.Query;
        string? recipient = query["for"], expires = query["expires"], signature = query["sig"];
        switch (signer.Verify(id, recipient, expires, signature))
        {
            case BriefLinkSigner.Check.Tampered:
                return Results.Text("This link is not valid.", statusCode: StatusCodes.Status403Forbidden);
            case BriefLinkSigner.Check.Expired:
                return Results.Text("This link has expired. Type 'brief' to PerfBot for a new one.", statusCode: StatusCodes.Status410Gone);
        }
        if (!briefs.WasAddressedTo(id, recipient!))
            return Results.Text("This link is not valid.", statusCode: StatusCodes.Status403Forbidden);
        if (briefs.Find(id) is not { } stored) return Results.NotFound();
        var name = $"Brief {stored.Brief.Committee} {stored.Brief.Meeting.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.docx";
        return Results.File(BriefDocument.Write(stored.Brief), ContentType, name);
    }
}
