using System.Globalization;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Primitives;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using NodaTime.Text;

namespace DistrictPortal.Portal;

/// <summary>
/// A page of the portal: it answers for the day in its query string (<c>?date=2024-07-11</c>), today in the district
/// otherwise, so a link shows the same thing tomorrow. An address it cannot answer gets the portal's problem page
/// (<c>Shared/_Problem.cshtml</c>) in the request's language: a date that is not <c>yyyy-MM-dd</c> or an id no record
/// can have answers 400 with the value named, rather than quietly showing today or nothing; a record the district does
/// not hold answers 404.
/// </summary>
public abstract class DistrictPage(PortalDistrict district) : PageModel
{
    /// <summary>The day asked for, from the query string.</summary>
    [BindProperty(SupportsGet = true)]
    public LocalDate? Date { get; set; }

    /// <summary>The day the page answers for.</summary>
    public LocalDate AsOf => Date ?? District.Today;

    /// <summary>The district.</summary>
    public PortalDistrict District { get; } = district;

    /// <summary>The request's language as the library's texts name it.</summary>
    public static string Culture => Texts.IsKorean ? "ko" : "en";

    /// <summary>The portal's texts, in the request's language.</summary>
    protected Texts L => HttpContext.RequestServices.GetRequiredService<Texts>();

    /// <inheritdoc/>
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // The address (route and query values) of a page being read; a form's fields are the form's to explain.
        if (!HttpMethods.IsGet(Request.Method) && !HttpMethods.IsHead(Request.Method))
        {
            return;
        }

        var unreadable = ModelState
            .Where(entry => entry.Value?.ValidationState == ModelValidationState.Invalid)
            .Select(entry => (Name: entry.Key, Value: entry.Value?.AttemptedValue ?? string.Empty))
            .OrderBy(entry => entry.Name, StringComparer.Ordinal)
            .ToArray();
        if (unreadable.Length > 0)
        {
            context.Result = BadRequestPage(string.Join(" ", unreadable.Select(u => L[KindOf(u.Name), u.Name.ToLowerInvariant(), u.Value].Value)));
            return;
        }

        // A day the pages cannot count from (they add months to it, or step a calendar's pages beyond it).
        var outside = DayProperties.GetOrAdd(GetType(), FindDayProperties)
            .Select(p => (p.Name, Value: p.GetValue(this) as LocalDate?))
            .Where(p => p.Value is { } day && (day < FirstDay || day > LastDay))
            .ToArray();
        if (outside.Length > 0)
        {
            context.Result = BadRequestPage(string.Join(" ", outside.Select(p => L["query.outside", p.Name.ToLowerInvariant(), Show(p.Value!.Value), Show(FirstDay), Show(LastDay)].Value)));
        }
    }

    // A page's days read from its address, found once per page type rather than on every request.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, System.Reflection.PropertyInfo[]> DayProperties = new();

    private static System.Reflection.PropertyInfo[] FindDayProperties(Type page) => page.GetProperties()
        .Where(p => (p.PropertyType == typeof(LocalDate) || p.PropertyType == typeof(LocalDate?))
            && p.GetCustomAttributes(typeof(BindPropertyAttribute), inherit: true) is [BindPropertyAttribute { SupportsGet: true }, ..])
        .OrderBy(p => p.Name, StringComparer.Ordinal)
        .ToArray();

    /// <summary>The first day a page answers for.</summary>
    public static LocalDate FirstDay { get; } = new(1900, 1, 1);

    /// <summary>The last day a page answers for: far enough from the end of the calendar for every sum of days a page makes.</summary>
    public static LocalDate LastDay { get; } = new(9000, 12, 31);

    /// <summary>The problem page with a message, answered with 400 Bad Request.</summary>
    protected IActionResult BadRequestPage(string message) => ProblemPage(StatusCodes.Status400BadRequest, message);

    /// <summary>The problem page with a message, answered with 404 Not Found.</summary>
    protected IActionResult NotFoundPage(string message) => ProblemPage(StatusCodes.Status404NotFound, message);

    /// <summary>A text in the request's language.</summary>
    public static string Show(LocalizedText text) => text.Get(CultureInfo.CurrentUICulture);

    /// <summary>A day in ISO form.</summary>
    public static string Show(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>A day in ISO form, or a dash.</summary>
    public static string Show(LocalDate? date) => date is { } d ? Show(d) : "—";

    /// <summary>An amount in the request's language: 200억 원, or KRW 20 billion.</summary>
    public static string Show(Money amount) => Texts.IsKorean ? amount.ToKoreanString() : amount.ToEnglishString();

    /// <summary>A trip's length in the request's language: 7박 9일, or 7 nights, 9 days.</summary>
    public static string Show(TripLength length) => Texts.IsKorean ? length.ToKoreanString() : length.ToEnglishString();

    /// <summary>A share as a percentage in the request's culture, to one decimal place at most.</summary>
    public static string Percent(decimal share) => (share * 100m).ToString("0.#", CultureInfo.CurrentCulture) + "%";

    /// <summary>A day with its weekday in the request's language: 2023-07-05 (수), or 2023-07-05 (Wed).</summary>
    public static string ShowWithWeekday(LocalDate date)
        => $"{Show(date)} ({date.ToDateTimeUnspecified().ToString("ddd", CultureInfo.CurrentUICulture)})";

    private PartialViewResult ProblemPage(int status, string message)
    {
        var result = Partial("_Problem", message);
        result.StatusCode = status;
        return result;
    }

    private static string KindOf(string name) => name switch
    {
        "Date" or "From" or "To" or "Since" => "query.date",
        "p" => "query.number",
        _ => "query.id",
    };
}
