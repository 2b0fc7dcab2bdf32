using DistrictPortal.Portal;
using Gwanak.Innovation.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc;
using NodaTime;

namespace DistrictPortal.Api;

/// <summary>The innovation-district scorecard on a day, as the dashboard shows it.</summary>
[ApiController]
[Route("api/scorecard")]
public sealed class ScorecardController(PortalDistrict district, DistrictStore store, DistrictSnapshots snapshots) : ControllerBase
{
    /// <summary>Each indicator's latest value on or before a day, by category of innovation asset.</summary>
    /// <param name="date">The day (yyyy-MM-dd); today in the district when not given.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet]
    [ProducesResponseType<ScorecardResource>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ScorecardResource> GetAsync([FromQuery] LocalDate? date, CancellationToken cancellationToken)
    {
        var asOf = date ?? district.Today;
        var scorecard = (await snapshots.GetAsync(store, cancellationToken)).ScorecardOn(asOf);
        return new ScorecardResource(
            scorecard.District,
            scorecard.AsOf,
            [
                .. scorecard.Lines.OrderBy(l => l.Key).Select(l => new ScorecardCategory(
                    l.Key,
                    [.. l.Value.Select(v => new ScorecardValue(v.Indicator.Code, v.Indicator.Name, v.Indicator.Unit, v.Value, v.Date, v.Source))])),
            ]);
    }
}
