using System.Globalization;
using Gwanak.Innovation.EntityFrameworkCore;
using Gwanak.Innovation.Primitives;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using NodaTime;
using NodaTime.Text;

namespace DistrictPortal.Portal;

/// <summary>
/// A page the public reads and officers write on. Its forms are shown to signed-in officers only, and every handler but
/// GET and HEAD is refused to anyone else (sent to sign in, nothing stored). A write loads the aggregate, lets the model
/// decide from the version the officer's form was loaded at, and saves with that version: a refusal shows the rule on the
/// page, and a record changed meanwhile by another officer is shown as it is now, with the officer's input kept.
/// </summary>
public abstract class WritablePage(PortalDistrict district) : DistrictPage(district)
{
    /// <summary>The version of the record the officer's form was loaded at.</summary>
    [BindProperty]
    public int Version { get; set; }

    /// <summary>After a write, the key of the text that says what was recorded (kept across the redirect).</summary>
    [TempData]
    public string? Recorded { get; set; }

    /// <summary>Why the last write was not stored, if it was not.</summary>
    public WriteProblem? Problem { get; private set; }

    /// <summary>True when the request is a signed-in officer's.</summary>
    public bool IsOfficer => Officers.IsOfficer(User);

    /// <inheritdoc/>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!HttpMethods.IsGet(Request.Method) && !HttpMethods.IsHead(Request.Method) && !IsOfficer)
        {
            // Back to the page itself after signing in: the form is there.
            context.Result = User.Identity?.IsAuthenticated == true
                ? Forbid()
                : Challenge(new AuthenticationProperties { RedirectUri = Request.Path + (Date is { } day ? $"?date={Show(day)}" : string.Empty) });
            return;
        }

        await base.OnPageHandlerExecutionAsync(context, next);
    }

    /// <summary>
    /// Decides and saves a write: <paramref name="decide"/> runs on the record as the officer's form saw it (replayed to
    /// <see cref="Version"/>), and the result is saved with that version. True once stored; otherwise <see cref="Problem"/>
    /// says why, the status code says which (400 a bad form, 409 changed meanwhile, 422 refused by a rule), and the caller
    /// shows the page again, the officer's input kept.
    /// </summary>
    protected async Task<bool> WriteAsync<TAggregate, TId, TEvent>(
        TAggregate current,
        Func<IEnumerable<TEvent>, TAggregate> replay,
        Func<TAggregate, Decision<TAggregate>> decide,
        DistrictStore store,
        CancellationToken cancellationToken)
        where TAggregate : EventSourcedAggregate<TAggregate, TId, TEvent>
        where TId : struct, IEquatable<TId>
        where TEvent : class, IDomainEvent<TId>
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(replay);
        ArgumentNullException.ThrowIfNull(decide);
        ArgumentNullException.ThrowIfNull(store);
        if (Version < 1 || Version > current.Version)
        {
            ModelState.AddModelError(nameof(Version), L["write.invalid.version"]);
        }

        if (!ModelState.IsValid)
        {
            Fail(new WriteProblem(WriteProblemKind.Invalid, null, null), StatusCodes.Status400BadRequest);
            return false;
        }

        var seen = Version == current.Version ? current : replay(current.History.Take(Version));
        var decision = decide(seen);
        if (!decision.TryGetValue(out var next))
        {
            // A refusal of a record that has changed since may no longer hold: the officer looks again first.
            Fail(Version < current.Version ? WriteProblem.Conflict : WriteProblem.Refused(decision.Refusal!), Version < current.Version ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity);
            return false;
        }

        try
        {
            await store.SaveAsync(next, Version, cancellationToken);
        }
        catch (StreamConcurrencyException)
        {
            Fail(WriteProblem.Conflict, StatusCodes.Status409Conflict);
            return false;
        }

        await HttpContext.RequestServices.GetRequiredService<DistrictSnapshots>().InvalidateAsync(cancellationToken);
        return true;
    }

    /// <summary>Says what was recorded, for the page the officer is sent back to.</summary>
    protected void Say(string recordedKey) => Recorded = recordedKey;

    /// <summary>A day from a form's field, or an error on the field.</summary>
    protected LocalDate? DayFrom(string? text, string field, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                ModelState.AddModelError(field, L["write.invalid.required"]);
            }

            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text.Trim());
        if (!parsed.Success)
        {
            ModelState.AddModelError(field, L["write.invalid.date"]);
            return null;
        }

        return parsed.Value;
    }

    /// <summary>An identifier from a form's field, or an error on the field.</summary>
    protected T? IdFrom<T>(string? text, string field)
        where T : struct, IParsable<T>
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            ModelState.AddModelError(field, L["write.invalid.required"]);
            return null;
        }

        if (!T.TryParse(text.Trim(), CultureInfo.InvariantCulture, out var id))
        {
            ModelState.AddModelError(field, L["write.invalid.id"]);
            return null;
        }

        return id;
    }

    /// <summary>A person's name from a form's Korean and English fields (either or both), or an error on the Korean field.</summary>
    protected PersonName? NameFrom(string? korean, string? english, string field)
    {
        (korean, english) = (korean?.Trim(), english?.Trim());
        if (string.IsNullOrEmpty(korean) && string.IsNullOrEmpty(english))
        {
            ModelState.AddModelError(field, L["write.invalid.name"]);
            return null;
        }

        if (korean?.Length > MaxText || english?.Length > MaxText)
        {
            ModelState.AddModelError(field, L["write.invalid.long", MaxText]);
            return null;
        }

        return string.IsNullOrEmpty(english) ? PersonName.Of("ko", korean!)
            : string.IsNullOrEmpty(korean) ? PersonName.Of("en", english)
            : PersonName.Create(korean, english);
    }

    /// <summary>The longest text a field takes.</summary>
    protected const int MaxText = 500;

    /// <summary>True when the page's route id or date did not parse.</summary>
    protected bool HasBadQuery(string idKey)
        => ModelState.GetFieldValidationState(idKey) == ModelValidationState.Invalid || ModelState.GetFieldValidationState(nameof(Date)) == ModelValidationState.Invalid;

    private void Fail(WriteProblem problem, int status)
    {
        // A notice of an earlier write not yet shown would read as this one's.
        Recorded = null;
        Problem = problem;
        Response.StatusCode = status;
    }
}
