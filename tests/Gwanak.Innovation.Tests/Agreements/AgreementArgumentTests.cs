using System;
using System.Linq;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.Primitives;
using NodaTime;
using static Gwanak.Innovation.Tests.Agreements.Gwanak2023Mous;

namespace Gwanak.Innovation.Tests.Agreements;

/// <summary>Arguments wrong whatever the state are refused by name; the Try… forms return refusals without throwing.</summary>
public sealed class AgreementArgumentTests
{
    private static readonly LocalDate Day = new(2023, 12, 1);
    private static readonly LocalizedText Text = LocalizedText.Create("목적", "Purpose");
    private static readonly AgreementTerms Terms = new(new LocalDate(2024, 1, 1), Period.FromYears(1), Period.FromMonths(1));

    private static Agreement Create(AgreementId id, AgreementKind kind, OrganizationId[] parties, Commitment[] commitments)
        => Agreement.Create(id, Day, kind, Text, parties, commitments, AgreementBinding.NonBinding, Terms);

    private static string? ParamName(Action act) => Assert.ThrowsAny<ArgumentException>(act).ParamName;

    [Fact]
    public void A_default_agreement_id_is_refused_naming_the_id()
        => Assert.Equal("id", ParamName(() => Create(default, AgreementKind.MemorandumOfUnderstanding, [GwanakOffice, Kaccoc], [])));

    [Fact]
    public void An_undefined_kind_is_refused_naming_it()
        => Assert.Equal("kind", ParamName(() => Create(new AgreementId("x"), (AgreementKind)99, [GwanakOffice, Kaccoc], [])));

    [Fact]
    public void A_default_party_is_refused_naming_the_parties()
        => Assert.Equal("parties", ParamName(() => Create(new AgreementId("x"), AgreementKind.MemorandumOfUnderstanding, [GwanakOffice, default], [])));

    [Fact]
    public void A_missing_commitment_is_refused_naming_the_commitments()
        => Assert.Equal("commitments", ParamName(() => Create(new AgreementId("x"), AgreementKind.MemorandumOfUnderstanding, [GwanakOffice, Kaccoc], [null!])));

    [Fact]
    public void An_undefined_commitment_category_is_refused_naming_it()
        => Assert.Equal("category", ParamName(() => _ = new Commitment(Kaccoc, (CommitmentCategory)99, Text)));

    [Fact]
    public void Notice_by_a_default_party_is_refused_naming_it()
        => Assert.Equal("by", ParamName(() => Bilateral().CanGiveTerminationNotice(new LocalDate(2024, 1, 1), default)));

    [Fact]
    public void A_missing_signature_is_refused_naming_it()
        => Assert.Equal("signature", ParamName(() => BilateralUnderNegotiation().TrySign(null!)));

    [Fact]
    public void A_missing_list_of_amended_commitments_is_refused_naming_it()
        => Assert.Equal("commitments", ParamName(() => Bilateral().Amend(new LocalDate(2024, 1, 1), Text, Bilateral().Terms, null!)));

    [Fact]
    public void The_portfolio_refuses_a_default_party_and_an_undefined_category_by_name()
    {
        var portfolio = new AgreementPortfolio([Bilateral()]);
        Assert.Equal(("party", "category"), (ParamName(() => portfolio.WithParty(default)), ParamName(() => portfolio.WithCommitment((CommitmentCategory)99))));
    }

    [Fact]
    public void TryCreate_returns_the_refusal_of_a_draft_with_one_party()
    {
        var decision = Agreement.TryCreate(new AgreementId("x"), Day, AgreementKind.MemorandumOfUnderstanding, Text, [GwanakOffice], [], AgreementBinding.NonBinding, Terms);
        Assert.Equal((false, AgreementRules.TooFewParties), (decision.IsAccepted, decision.Refusal?.RuleId));
    }

    [Fact]
    public void TrySign_returns_the_refusal_and_leaves_the_agreement_as_it_was()
    {
        var signed = Bilateral();
        var decision = signed.TrySign(new Signature(Kaccoc, KaccocPresident, new LocalDateTime(2023, 7, 12, 9, 0).InZoneStrictly(LosAngeles)));
        Assert.Equal((false, AgreementRules.PartySignedTwice, 4), (decision.IsAccepted, decision.Refusal?.RuleId, signed.Version));
    }

    [Fact]
    public void A_binding_is_built_from_its_stored_facts_trimmed_and_each_clause_once()
        => Assert.Equal(AgreementBinding.NonBindingExcept("confidentiality", "governing law"), new AgreementBinding(false, [" confidentiality", "governing law", "confidentiality "]));

    [Fact]
    public void A_binding_with_no_clauses_is_the_non_binding_or_binding_value()
        => Assert.Equal((AgreementBinding.NonBinding, AgreementBinding.Binding), (new AgreementBinding(false), new AgreementBinding(true, [])));

    [Fact]
    public void Binding_clauses_of_an_agreement_binding_as_a_whole_are_refused_naming_them()
        => Assert.Equal("bindingClauses", ParamName(() => _ = new AgreementBinding(true, ["confidentiality"])));

    [Fact]
    public void A_blank_binding_clause_is_refused_naming_the_clauses()
        => Assert.Equal(("bindingClauses", "clauses"), (ParamName(() => _ = new AgreementBinding(false, [" "])), ParamName(() => AgreementBinding.NonBindingExcept("confidentiality", " "))));

    [Fact]
    public void A_binding_reads_as_binding_non_binding_or_non_binding_except_its_clauses()
        => Assert.Equal(
            ["binding", "non-binding", "non-binding except confidentiality, governing law"],
            new[] { AgreementBinding.Binding, AgreementBinding.NonBinding, AgreementBinding.NonBindingExcept("confidentiality", "governing law") }.Select(b => b.ToString()));

    [Fact]
    public void A_commitment_reads_as_its_party_category_and_description()
        => Assert.Equal(
            "kaccoc: MarketEntrySupport — Support local companies entering the US market",
            new Commitment(Kaccoc, CommitmentCategory.MarketEntrySupport, LocalizedText.Create("관내 기업들의 미국 시장 진출 지원", "Support local companies entering the US market")).ToString());

    [Fact]
    public void An_agreement_reads_as_its_kind_id_and_parties()
        => Assert.Equal("MemorandumOfUnderstanding mou-2023-kaccoc-gwanak-chambers (kaccoc, gwanak-chamber-of-commerce, gwanak-small-business-federation)", Trilateral().ToString());
}
