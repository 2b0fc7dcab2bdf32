using System;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Tests.Primitives;

/// <summary>What a decision, a refusal and a rule say of themselves, in logs and in the debugger.</summary>
public sealed class DecisionTests
{
    private static readonly Refusal TooFewParties = new("AGR-001", "Cannot draft MOU agr-1 with 1 party: an agreement needs two or more parties.");

    [Fact]
    public void A_decision_that_no_transition_made_has_no_value_and_says_so()
    {
        var none = default(Decision<string>);
        Assert.Equal("This decision is the default value: no transition made it.", Assert.Throws<InvalidOperationException>(() => none.Value).Message);
        Assert.Equal("no decision", none.ToString());
    }

    [Fact]
    public void A_refused_decision_names_the_rule_and_the_reason()
    {
        var refused = new Decision<string>(TooFewParties);
        Assert.Equal("refused: AGR-001: Cannot draft MOU agr-1 with 1 party: an agreement needs two or more parties.", refused.ToString());
        Assert.Equal("AGR-001", Assert.Throws<DomainRuleException>(() => refused.Value).RuleId);
    }

    [Fact]
    public void An_accepted_decision_says_accepted()
        => Assert.Equal("accepted", new Decision<string>("the new aggregate").ToString());

    [Fact]
    public void A_rule_of_the_catalog_reads_as_its_id_and_its_meaning_in_English()
    {
        var rule = RuleCatalog.Find("HIS-001")!;
        Assert.Equal($"HIS-001: {rule.Meaning.English}", rule.ToString());
    }
}
