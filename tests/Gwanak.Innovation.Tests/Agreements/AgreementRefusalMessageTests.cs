using System;
using System.Linq;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.Primitives;
using NodaTime;
using static Gwanak.Innovation.Tests.Agreements.Gwanak2023Mous;

namespace Gwanak.Innovation.Tests.Agreements;

/// <summary>What a refusal tells the person who tried: what was tried, the state it met and what is allowed, word for word.</summary>
public sealed class AgreementRefusalMessageTests
{
    private static readonly OrganizationId Apple = new("apple");
    private static readonly LocalizedText Summary = LocalizedText.Create("조건 변경", "Terms changed");

    private static Agreement Draft(params OrganizationId[] parties)
        => Agreement.Create(
            new AgreementId("test-mou"),
            new LocalDate(2023, 12, 1),
            AgreementKind.MemorandumOfUnderstanding,
            LocalizedText.Create("목적", "Purpose"),
            parties.Length == 0 ? [GwanakOffice, Kaccoc] : parties,
            [],
            AgreementBinding.NonBinding,
            new AgreementTerms(new LocalDate(2024, 1, 1), Period.FromYears(1), Period.FromMonths(1)));

    private static Agreement Signed()
        => Draft().StartNegotiation(new LocalDate(2023, 12, 5))
            .Sign(new Signature(GwanakOffice, Mayor, new LocalDateTime(2023, 12, 10, 10, 0).InZoneStrictly(Seoul)))
            .Sign(new Signature(Kaccoc, Mayor, new LocalDateTime(2023, 12, 11, 10, 0).InZoneStrictly(Seoul)));

    private static string Refused(Func<Agreement> act) => Assert.Throws<DomainRuleException>(() => act()).Message;

    [Fact]
    public void A_draft_with_one_party_or_none_says_how_many_it_has()
        => Assert.Equal(
            ("Cannot draft MemorandumOfUnderstanding test-mou with 1 party: an agreement needs two or more parties.",
                "Cannot draft MemorandumOfUnderstanding test-mou with 0 parties: an agreement needs two or more parties."),
            (Refused(() => Draft(GwanakOffice)), Refused(() => Agreement.Create(new AgreementId("test-mou"), new LocalDate(2023, 12, 1), AgreementKind.MemorandumOfUnderstanding, Summary, [], [], AgreementBinding.NonBinding, Signed().Terms))));

    [Fact]
    public void A_draft_listing_a_party_twice_lists_the_parties_as_given()
        => Assert.StartsWith(
            "A party is listed twice: gwanak-gu-office, kaccoc, gwanak-gu-office.",
            Assert.Throws<ArgumentException>(() => Draft(GwanakOffice, Kaccoc, GwanakOffice)).Message,
            StringComparison.Ordinal);

    [Theory]
    [InlineData(3)]
    [InlineData(12)]
    public void A_party_listed_twice_is_found_in_a_short_list_and_in_a_long_one(int count)
    {
        // Up to eight parties are compared pair by pair, more through a set.
        var parties = Enumerable.Range(0, count).Select(i => new OrganizationId($"party-{i}")).Append(new OrganizationId("party-1")).ToArray();
        Assert.StartsWith("A party is listed twice", Assert.Throws<ArgumentException>(() => Draft(parties)).Message, StringComparison.Ordinal);
        Assert.Equal(count, Draft(parties[..^1]).Parties.Count);
    }

    [Fact]
    public void A_draft_with_a_missing_party_id_says_so()
        => Assert.StartsWith(
            "A party id is missing (default).",
            Assert.Throws<ArgumentException>(() => Draft(GwanakOffice, default)).Message,
            StringComparison.Ordinal);

    [Fact]
    public void A_draft_with_a_missing_commitment_says_so()
        => Assert.StartsWith(
            "A commitment is missing (null).",
            Assert.Throws<ArgumentException>(() => Agreement.Create(new AgreementId("test-mou"), new LocalDate(2023, 12, 1), AgreementKind.MemorandumOfUnderstanding, Summary, [GwanakOffice, Kaccoc], [null!], AgreementBinding.NonBinding, Signed().Terms)).Message,
            StringComparison.Ordinal);

    [Fact]
    public void A_signature_by_a_non_party_lists_the_parties()
        => Assert.Equal(
            "Cannot record the signature of apple on test-mou: it is not a party (gwanak-gu-office, kaccoc). Only parties sign.",
            Refused(() => Draft().StartNegotiation(new LocalDate(2023, 12, 2)).Sign(new Signature(Apple, Mayor, new LocalDateTime(2023, 12, 4, 10, 0).InZoneStrictly(Seoul)))));

    [Fact]
    public void Termination_notice_by_a_non_party_lists_the_parties()
        => Assert.Equal(
            "Cannot take termination notice from apple on test-mou: it is not a party (gwanak-gu-office, kaccoc). Only parties give notice.",
            Refused(() => Signed().GiveTerminationNotice(new LocalDate(2024, 3, 1), Apple)));

    [Fact]
    public void Notice_of_non_renewal_by_a_non_party_lists_the_parties()
        => Assert.Equal(
            "Cannot take notice of non-renewal from apple on test-mou: it is not a party (gwanak-gu-office, kaccoc). Only parties give notice.",
            Refused(() => Signed().GiveNonRenewalNotice(new LocalDate(2024, 3, 1), Apple)));

    [Fact]
    public void A_commitment_of_a_non_party_lists_the_parties()
    {
        var signed = Signed();
        Assert.Equal(
            "Cannot record a commitment of apple in test-mou: it is not a party (gwanak-gu-office, kaccoc). Only parties make commitments.",
            Refused(() => signed.Amend(new LocalDate(2024, 2, 1), Summary, signed.Terms, [new Commitment(Apple, CommitmentCategory.Internship, Summary)])));
    }

    [Fact]
    public void Moving_the_effective_date_of_a_signed_agreement_names_both_dates()
    {
        var signed = Signed();
        Assert.Equal(
            "Cannot amend test-mou on 2024-02-01 to take effect 2024-02-01 for P1Y: it was signed to take effect 2024-01-01 for P1Y. Extend a signed agreement with a renewal instead.",
            Refused(() => signed.Amend(new LocalDate(2024, 2, 1), Summary, signed.Terms.WithEffectiveDate(new LocalDate(2024, 2, 1)), signed.Commitments)));
    }

    [Fact]
    public void A_question_about_a_day_before_the_draft_says_from_when_to_ask()
        => Assert.StartsWith(
            "The agreement test-mou was drafted on 2023-12-01; ask about that day or later.",
            Assert.Throws<ArgumentOutOfRangeException>(() => Draft().StatusOn(new LocalDate(2023, 11, 30))).Message,
            StringComparison.Ordinal);

    [Fact]
    public void Binding_clauses_for_an_agreement_binding_as_a_whole_are_refused_listing_them()
        => Assert.StartsWith(
            "An agreement that binds as a whole has no separate binding clauses (given: confidentiality, governing law).",
            Assert.Throws<ArgumentException>(() => new AgreementBinding(true, ["confidentiality", "governing law"])).Message,
            StringComparison.Ordinal);
}
