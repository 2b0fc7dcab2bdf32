using Gwanak.Innovation.EntityFrameworkCore;
using Gwanak.Innovation.Primitives;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace DistrictPortal.Api;

/// <summary>
/// The API's answer when a rule of the model refused: an RFC 9457 problem carrying the rule's id (<c>ruleId</c>), titled with
/// the rule's meaning from the catalogue. A <see cref="DomainRuleException"/> is a 422 with the model's message; a stored
/// history that no longer replays (<see cref="StoredHistoryException"/>) is the portal's fault, a 500 naming the record and
/// the rule it breaks. Any other exception is left to the default problem.
/// </summary>
public sealed class RuleProblems(IProblemDetailsService problems) : IExceptionHandler
{
    /// <summary>The extension member that carries the rule id.</summary>
    public const string RuleIdMember = "ruleId";

    /// <inheritdoc/>
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var (status, ruleId, detail) = exception switch
        {
            DomainRuleException refused => (StatusCodes.Status422UnprocessableEntity, refused.RuleId, refused.Message),
            StoredHistoryException { RuleId: { } stored } broken => (StatusCodes.Status500InternalServerError, stored, $"The stored record {broken.Stream} breaks rule {stored} at version {broken.Version} and cannot be read."),
            _ => (0, null, null),
        };
        if (ruleId is null)
        {
            return false;
        }

        var problem = new ProblemDetails
        {
            Status = status,
            Title = RuleCatalog.Find(ruleId)?.Meaning.English ?? ruleId,
            Detail = detail,
            Extensions = { [RuleIdMember] = ruleId },
        };
        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }
}
