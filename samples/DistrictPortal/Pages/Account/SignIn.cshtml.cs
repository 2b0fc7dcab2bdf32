using DistrictPortal.Portal;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DistrictPortal.Pages.Account;

/// <summary>An officer signs in with a user name and password from the <c>Officers</c> configuration, and goes back to the page they came from.</summary>
public sealed class SignInModel(Officers officers, Texts texts) : PageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    /// <summary>The page to go back to: a path of this portal only.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The reason the last attempt failed, if it did.</summary>
    public string? Failure { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (officers.SignIn(UserName, Password) is not { } account)
        {
            // The same words for an unknown name and a wrong password: the page does not tell which names exist.
            Failure = texts["signin.failed"];
            Password = null;
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, Officers.PrincipalOf(account), new AuthenticationProperties { IsPersistent = false });
        return LocalRedirect(ReturnUrl is { Length: > 0 } back && Url.IsLocalUrl(back) && !back.StartsWith("/sign-", StringComparison.Ordinal) ? back : "/");
    }
}
