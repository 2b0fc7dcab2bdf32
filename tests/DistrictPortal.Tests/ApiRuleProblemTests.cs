using System;
using System.IO;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using DistrictPortal.Api;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.EntityFrameworkCore;
using Gwanak.Innovation.Primitives;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Tests;

/// <summary>When a rule of the model refuses, the API's problem carries the rule's id.</summary>
public sealed class ApiRuleProblemTests
{
    [Fact]
    public async Task A_stored_history_that_breaks_a_rule_is_a_server_problem_naming_the_rule()
    {
        using var portal = new PortalFactory();
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            // The second signature is rewritten as the first party's again: replaying it breaks AGR-004.
            var db = scope.ServiceProvider.GetRequiredService<DistrictDbContext>();
            int changed = await db.Database.ExecuteSqlRawAsync(
                """UPDATE events SET Payload = replace(Payload, '"party": "kaccoc"', '"party": "gwanak-gu-office"') WHERE Stream = 'agreement/mou-2023-gwanak-kaccoc' AND Version = 4""",
                TestContext.Current.CancellationToken);
            Assert.Equal(1, changed);
        }

        using var response = await portal.CreateClient().GetAsync("/api/agreements/mou-2023-gwanak-kaccoc/status?date=2024-07-11", TestContext.Current.CancellationToken);
        using var problem = await ApiTests.ProblemAsync(response, HttpStatusCode.InternalServerError);
        Assert.Equal(
            (AgreementRules.PartySignedTwice, "A party tried to sign a second time."),
            (problem.RootElement.GetProperty(RuleProblems.RuleIdMember).GetString(), problem.RootElement.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task A_refusal_is_unprocessable_with_the_rule_id_and_the_models_message()
    {
        using var portal = new PortalFactory();
        var context = new DefaultHttpContext { RequestServices = portal.Services };
        context.Response.Body = new MemoryStream();
        var handler = ActivatorUtilities.CreateInstance<RuleProblems>(portal.Services);

        bool handled = await handler.TryHandleAsync(context, new DomainRuleException(AgreementRules.PartySignedTwice, "kaccoc has already signed."), TestContext.Current.CancellationToken);

        context.Response.Body.Position = 0;
        using var problem = await JsonDocument.ParseAsync(context.Response.Body, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(
            (true, 422, "AGR-004", "kaccoc has already signed."),
            (handled, context.Response.StatusCode, problem.RootElement.GetProperty("ruleId").GetString(), problem.RootElement.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Another_exception_is_left_to_the_default_problem()
    {
        using var portal = new PortalFactory();
        var context = new DefaultHttpContext { RequestServices = portal.Services };
        var handler = ActivatorUtilities.CreateInstance<RuleProblems>(portal.Services);

        Assert.False(await handler.TryHandleAsync(context, new InvalidOperationException("not a rule"), TestContext.Current.CancellationToken));
    }
}
