using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DistrictPortal.Pages;

/// <summary>
/// The page shown for a status without a body of its own (a page or file not found, a bad request) and for an unexpected
/// error, in the request's language; it answers with the status it explains.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    /// <summary>The key of the title.</summary>
    public string TitleKey { get; private set; } = "error.title";

    /// <summary>The key of the explanation.</summary>
    public string MessageKey { get; private set; } = "error.unexpected";

    /// <summary>Shows the explanation of a status; without one, of an unexpected error.</summary>
    public void OnGet(int? code) => Explain(code);

    /// <summary>A form posted when the error happened shows the same page.</summary>
    public void OnPost(int? code) => Explain(code);

    private void Explain(int? code)
    {
        int status = code is >= 400 and < 600 ? code.Value : StatusCodes.Status500InternalServerError;
        Response.StatusCode = status;
        (TitleKey, MessageKey) = status switch
        {
            StatusCodes.Status404NotFound => ("error.notfound.title", "error.notfound"),
            StatusCodes.Status400BadRequest => ("error.badrequest.title", "error.badrequest"),
            StatusCodes.Status403Forbidden => ("error.forbidden.title", "error.forbidden"),
            _ => ("error.title", "error.unexpected"),
        };
    }
}
