using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using DistrictPortal.Api;
using DistrictPortal.Portal;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.WebEncoders;
using NodaTime;

if (args is [OfficerStartup.HashPasswordCommand, ..])
{
    Environment.ExitCode = OfficerStartup.HashPassword(Console.In, Console.Out, Console.Error, interactive: !Console.IsInputRedirected);
    return;
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,

    // The portal finds its settings, data files and database beside the program, whatever the current directory.
    ContentRootPath = AppContext.BaseDirectory,
});

// The style sheet is served from the project's wwwroot when the portal runs from its build output (dotnet run, the tests),
// in every environment; a published portal carries wwwroot beside it, and this does nothing there.
builder.WebHost.UseStaticWebAssets();

var zone = DateTimeZoneProviders.Tzdb[builder.Configuration["District:TimeZone"] ?? "Asia/Seoul"];
builder.Services.AddSingleton<IClock>(SystemClock.Instance);
builder.Services.AddSingleton(sp => new PortalDistrict(sp.GetRequiredService<IClock>(), zone));
builder.Services.AddSingleton<DistrictSnapshots>();
builder.Services.AddScoped<DistrictCalendar>();
builder.Services.AddSingleton<Texts>();
builder.Services.AddSingleton<IStringLocalizer>(sp => sp.GetRequiredService<Texts>());
builder.Services.AddDistrictStore(builder.Configuration, builder.Environment);
builder.Services.AddOfficers(builder.Configuration);
builder.Services.AddPortalOutputCache();
builder.Services.AddRazorPages();
builder.Services.AddPublicApi();

// Korean text is written as text, not as character references: pages stay readable and a third of the size.
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

var app = builder.Build();
await app.Services.PrepareDistrictAsync(app.Configuration, app.Lifetime.ApplicationStopping);
app.Services.WarnAboutDemoPasswords();

// Korean unless the visitor chose English (the switch's cookie, or ?culture=en in a link): a browser's own language list
// does not decide, so a link shows every visitor the same page.
var localization = new RequestLocalizationOptions
{
    DefaultRequestCulture = new RequestCulture("ko"),
    SupportedCultures = [new CultureInfo("ko"), new CultureInfo("en")],
    SupportedUICultures = [new CultureInfo("ko"), new CultureInfo("en")],
};
localization.RequestCultureProviders = [.. localization.RequestCultureProviders.Where(p => p is not AcceptLanguageHeaderRequestCultureProvider)];
app.UseRequestLocalization(localization);

// The API answers its errors as problem details; the pages with the error page, in the request's language.
app.UseWhen(PublicApi.IsApi, api => api.UsePublicApiProblems());
app.UseWhen(context => !PublicApi.IsApi(context), site =>
{
    if (!app.Environment.IsDevelopment())
    {
        site.UseExceptionHandler("/error");
    }

    // A status without a body (a record not found, a bad request) is explained by the error page, in the request's language.
    site.UseStatusCodePagesWithReExecute("/error/{0}");
});

app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseOutputCache();
app.MapRazorPages();
app.MapPublicApi();
app.MapLoadBaseline();
app.MapGet("/culture/{culture}", (string culture, string? returnUrl, HttpContext http) =>
{
    string chosen = culture == "en" ? "en" : "ko";
    http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)), new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
    return Results.LocalRedirect(returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/");
});

app.Lifetime.ApplicationStarted.Register(() =>
{
    var district = app.Services.GetRequiredService<PortalDistrict>();
    foreach (string address in app.Urls)
    {
        Console.WriteLine($"The {district.Name.English} portal ({district.Name.Korean}, {district.Code}) listens on {address}");
    }
});

await app.RunAsync();

/// <summary>The portal's entry point, named so that tests can host it.</summary>
public partial class Program;
