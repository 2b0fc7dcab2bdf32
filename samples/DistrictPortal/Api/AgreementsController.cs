using DistrictPortal.Portal;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.EntityFrameworkCore;
using Gwanak.Innovation.Primitives;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;

namespace DistrictPortal.Api;

/// <summary>
/// The district's agreements: the list the agreements page shows (same filters, same order, from the read model) and one
/// agreement's status on a day (replayed). A day not given is today in the district.
/// </summary>
[ApiController]
[Route("api/agreements")]
public sealed class AgreementsController(PortalDistrict district, DistrictStore store) : ControllerBase
{
    /// <summary>The agreements drafted by a day, filtered by party, kind and status that day, a page at a time.</summary>
    /// <param name="date">The day (yyyy-MM-dd); today in the district when not given.</param>
    /// <param name="party">Only agreements this organisation is a party to.</param>
    /// <param name="kind">Only agreements of this kind.</param>
    /// <param name="status">Only agreements with this status on the day.</param>
    /// <param name="page">The page, from 1; past the last page the items are empty.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet]
    [ProducesResponseType<AgreementPage>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<AgreementPage>> ListAsync(
        [FromQuery] LocalDate? date,
        [FromQuery] OrganizationId? party,
        [FromQuery, ModelBinder(typeof(LibraryEnumBinder))] AgreementKind? kind,
        [FromQuery, ModelBinder(typeof(LibraryEnumBinder))] AgreementStatus? status,
        [FromQuery] int page = 1,
        CancellationToken cancellationToken = default)
    {
        if (page < 1)
        {
            ModelState.AddModelError(nameof(page), $"The page '{page}' is not a page number: pages are numbered from 1.");
            return ValidationProblem(ModelState);
        }

        var asOf = date ?? district.Today;
        var rows = AgreementListing.Filter(store, asOf, party, kind, status);
        int count = await rows.CountAsync(cancellationToken);
        var items = await AgreementListing.PageAsync(rows, page, cancellationToken);
        var deadlines = await AgreementListing.NextDeadlinesAsync(store, items, asOf, cancellationToken);
        var statuses = items.Select(a => a.StatusOn(asOf)).ToArray();
        return new AgreementPage(
            asOf,
            page,
            AgreementListing.PageSize,
            count,
            AgreementListing.PagesFor(count),
            [
                .. items.Select((a, i) => new AgreementResource(
                    a.Id,
                    a.Kind,
                    LocalizedText.Create(a.PurposeKorean, a.PurposeEnglish),
                    [.. a.Parties.OrderBy(p => p.Position).Select(p => p.Party)],
                    a.DraftedOn,
                    a.EffectiveDate,
                    statuses[i],
                    OcdsContractStatus.Code(statuses[i]),
                    NoticeDeadlineResource.Of(deadlines[a.Id]))),
            ]);
    }

    /// <summary>Where one agreement stands on a day, from its history.</summary>
    /// <param name="id">The agreement's id.</param>
    /// <param name="date">The day (yyyy-MM-dd), not before the agreement was drafted; today in the district when not given.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("{id}/status")]
    [ProducesResponseType<AgreementStatusResource>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    public async Task<ActionResult<AgreementStatusResource>> StatusAsync(AgreementId id, [FromQuery] LocalDate? date, CancellationToken cancellationToken)
    {
        if (await store.FindAgreementAsync(id, cancellationToken) is not { } agreement)
        {
            return Problem(statusCode: StatusCodes.Status404NotFound, detail: $"The district has no agreement '{id}'.");
        }

        var asOf = date ?? district.Today;
        if (asOf < agreement.DraftedOn)
        {
            var problem = ProblemDetailsFactory.CreateProblemDetails(HttpContext, StatusCodes.Status422UnprocessableEntity, detail: $"The agreement '{id}' was drafted on {LocalDatePattern.Iso.Format(agreement.DraftedOn)} and has no status on {LocalDatePattern.Iso.Format(asOf)}: ask for a day from {LocalDatePattern.Iso.Format(agreement.DraftedOn)} on.");
            problem.Extensions["draftedOn"] = LocalDatePattern.Iso.Format(agreement.DraftedOn);
            return UnprocessableEntity(problem);
        }

        var status = agreement.StatusOn(asOf);
        return new AgreementStatusResource(
            id,
            asOf,
            status,
            OcdsContractStatus.Code(status),
            OcdsContractStatus.FinalStatusCode(status),
            agreement.EffectiveDate,
            agreement.ExpiryDateOn(asOf),
            agreement.NextRenewalDateOn(asOf),
            NoticeDeadlineResource.Of(agreement.NextRenewalNoticeDeadlineOn(asOf)));
    }
}
