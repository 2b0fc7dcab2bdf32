using System;
using System.Linq;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Zones;
using NodaTime;
using static Gwanak.Innovation.Tests.Zones.Gwanak2023Zone;

namespace Gwanak.Innovation.Tests.Zones;

public sealed class DesignationCriteriaTests
{
    [Fact]
    public void Gwanak_at_designation_meets_every_Venture_Act_criterion()
        => Assert.True(DesignationCriteria.VentureAct.Evaluate(EvidenceAtDesignation()).AllPassed);

    [Fact]
    public void Venture_share_counts_the_112_confirmed_firms_among_1000_SMEs_of_the_zone()
    {
        var result = new VentureShareCriterion().Evaluate(EvidenceAtDesignation());
        Assert.Equal("112 of 1,000 SMEs (11.2%)", result.Figure);
    }

    [Fact]
    public void Venture_share_threshold_reads_at_least_10_percent()
        => Assert.Equal("at least 10%", new VentureShareCriterion().Evaluate(EvidenceAtDesignation()).Threshold);

    [Fact]
    public void Companies_outside_the_zone_legal_dongs_are_not_counted()
    {
        var companies = CompaniesAtDesignation().Where(c => c.Location != Namhyeon).ToList();
        var withOutside = CompaniesAtDesignation();
        Assert.Equal(
            new VentureShareCriterion().Evaluate(EvidenceAtDesignation(companies)).Figure,
            new VentureShareCriterion().Evaluate(EvidenceAtDesignation(withOutside)).Figure);
    }

    [Fact]
    public void Companies_of_a_legal_dong_added_later_are_not_counted_on_an_earlier_day()
    {
        var amended = DesignatedZone().AmendArea(new LocalDate(2024, 5, 1), 0.8m, [Bongcheon, Sillim, Namhyeon], "n");
        var evidence = new ZoneDesignationEvidence(amended, DesignationDay, CompaniesAtDesignation(), [Snu], []);
        Assert.Equal("112 of 1,000 SMEs (11.2%)", new VentureShareCriterion().Evaluate(evidence).Figure);
    }

    [Fact]
    public void Companies_that_are_not_SMEs_are_left_out_of_the_denominator()
    {
        var companies = CompaniesAtDesignation().Append(Company(5_000, Bongcheon, sme: false)).ToList();
        Assert.Equal("112 of 1,000 SMEs (11.2%)", new VentureShareCriterion().Evaluate(EvidenceAtDesignation(companies)).Figure);
    }

    [Fact]
    public void Venture_share_counts_the_SMEs_of_the_day_it_is_asked_for()
    {
        // The SME confirmations of the companies hold through 2022-03-31.
        var evidence = new ZoneDesignationEvidence(DesignatedZone(), new LocalDate(2022, 4, 1), CompaniesAtDesignation(), [Snu], []);
        Assert.Equal("0 of 0 SMEs (0.0%)", new VentureShareCriterion().Evaluate(evidence).Figure);
    }

    [Fact]
    public void Venture_share_counts_the_SMEs_on_the_last_day_their_confirmations_hold()
    {
        var evidence = new ZoneDesignationEvidence(DesignatedZone(), new LocalDate(2022, 3, 31), CompaniesAtDesignation(), [Snu], []);
        Assert.Equal("112 of 1,000 SMEs (11.2%)", new VentureShareCriterion().Evaluate(evidence).Figure);
    }

    [Fact]
    public void A_cancelled_venture_confirmation_is_not_counted()
    {
        var companies = CompaniesAtDesignation().ToList();
        companies[0] = companies[0].CancelConfirmation(DesignationDay, companies[0].Confirmations[0]);
        Assert.Equal("111 of 1,000 SMEs (11.1%)", new VentureShareCriterion().Evaluate(EvidenceAtDesignation(companies)).Figure);
    }

    [Fact]
    public void The_evidence_SME_policy_decides_which_companies_are_SMEs()
    {
        var twoYears = new Gwanak.Innovation.Ventures.SmeConfirmationPolicy([(new LocalDate(2000, 1, 1), Period.FromMonths(3), Period.FromYears(2))]);
        var evidence = new ZoneDesignationEvidence(DesignatedZone(), new LocalDate(2022, 4, 1), CompaniesAtDesignation(), [Snu], [], smeConfirmationPolicy: twoYears);
        Assert.Equal("112 of 1,000 SMEs (11.2%)", new VentureShareCriterion().Evaluate(evidence).Figure);
    }

    [Fact]
    public void Venture_share_exactly_at_the_threshold_passes()
    {
        var companies = Enumerable.Range(0, 100).Select(i => Company(i, Bongcheon, i < 10 ? new LocalDate(2021, 3, 1) : null)).ToList();
        Assert.True(new VentureShareCriterion().Evaluate(EvidenceAtDesignation(companies)).Passed);
    }

    [Fact]
    public void Venture_share_just_below_the_threshold_fails()
    {
        var companies = Enumerable.Range(0, 100).Select(i => Company(i, Bongcheon, i < 9 ? new LocalDate(2021, 3, 1) : null)).ToList();
        Assert.False(new VentureShareCriterion().Evaluate(EvidenceAtDesignation(companies)).Passed);
    }

    [Fact]
    public void A_failing_share_never_reads_as_reaching_the_threshold()
    {
        var companies = Enumerable.Range(0, 3).Select(i => Company(i, Bongcheon, i < 2 ? new LocalDate(2021, 3, 1) : null)).ToList();
        var result = new VentureShareCriterion(0.6667m).Evaluate(EvidenceAtDesignation(companies));
        Assert.Equal((false, "2 of 3 SMEs (66.66%)", "at least 66.67%"), (result.Passed, result.Figure, result.Threshold));
    }

    [Fact]
    public void The_evidence_confirmation_policy_decides_which_firms_count()
    {
        var threeYearsAlways = new Gwanak.Innovation.Ventures.VentureConfirmationPolicy([(new LocalDate(2000, 1, 1), Period.FromYears(3))]);
        var evidence = new ZoneDesignationEvidence(DesignatedZone(), DesignationDay, CompaniesAtDesignation(), [Snu], [], threeYearsAlways);
        Assert.Equal("120 of 1,000 SMEs (12.0%)", new VentureShareCriterion().Evaluate(evidence).Figure);
    }

    [Fact]
    public void A_zone_without_SMEs_fails_the_venture_share()
        => Assert.False(new VentureShareCriterion().Evaluate(EvidenceAtDesignation([])).Passed);

    [Fact]
    public void A_zone_without_university_or_research_institute_fails_ZON_102()
    {
        var evidence = new ZoneDesignationEvidence(DesignatedZone(), DesignationDay, CompaniesAtDesignation(), [], [InfrastructureKind.Transport, InfrastructureKind.Communication, InfrastructureKind.Finance]);
        var report = DesignationCriteria.VentureAct.Evaluate(evidence);
        Assert.Equal([ZoneRules.ResearchInstitutionCriterion], report.Failed.Select(r => r.CriterionId));
    }

    [Fact]
    public void Missing_finance_infrastructure_fails_ZON_103_and_names_what_is_missing()
    {
        var evidence = new ZoneDesignationEvidence(DesignatedZone(), DesignationDay, CompaniesAtDesignation(), [Snu], [InfrastructureKind.Transport, InfrastructureKind.Communication]);
        var result = new InfrastructureCriterion().Evaluate(evidence);
        Assert.Equal((false, "Transport (교통), Communication (통신); missing Finance (금융)"), (result.Passed, result.Figure));
    }

    [Fact]
    public void Another_regime_can_raise_the_threshold_by_replacing_the_criterion()
    {
        var stricter = DesignationCriteria.VentureAct.With(new VentureShareCriterion(0.20m));
        var report = stricter.Evaluate(EvidenceAtDesignation());
        Assert.Equal([ZoneRules.VentureShareCriterion], report.Failed.Select(r => r.CriterionId));
    }

    [Fact]
    public void Replacing_a_criterion_keeps_its_place_in_the_reading_order()
        => Assert.Equal(
            DesignationCriteria.VentureAct.Criteria.Select(c => c.Id),
            DesignationCriteria.VentureAct.With(new VentureShareCriterion(0.2m)).Criteria.Select(c => c.Id));

    [Fact]
    public void A_criterion_can_be_removed()
        => Assert.Equal(2, DesignationCriteria.VentureAct.Without(ZoneRules.InfrastructureCriterion).Criteria.Length);

    [Fact]
    public void Two_criteria_with_one_id_are_refused()
        => Assert.Throws<ArgumentException>(() => new DesignationCriteria("x", [new VentureShareCriterion(), new VentureShareCriterion(0.2m)]));

    [Fact]
    public void An_empty_set_never_reports_all_passed()
        => Assert.False(new DesignationCriteria("empty", []).Evaluate(EvidenceAtDesignation()).AllPassed);

    [Fact]
    public void A_share_outside_0_and_1_is_refused()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new VentureShareCriterion(1.5m));

    [Fact]
    public void An_infrastructure_criterion_requiring_nothing_passes_and_says_so()
    {
        var evidence = new ZoneDesignationEvidence(DesignatedZone(), DesignationDay, CompaniesAtDesignation(), [Snu], []);
        var result = new InfrastructureCriterion([]).Evaluate(evidence);
        Assert.Equal((true, "none", "none"), (result.Passed, result.Figure, result.Threshold));
    }

    [Fact]
    public void Two_reports_of_the_same_evidence_are_equal()
        => Assert.Equal(DesignationCriteria.VentureAct.Evaluate(EvidenceAtDesignation()), DesignationCriteria.VentureAct.Evaluate(EvidenceAtDesignation()));

    public static TheoryData<string> WrongResultArgumentNames => [.. WrongResults.Keys];

    private static readonly System.Collections.Generic.Dictionary<string, Func<object>> WrongResults = new()
    {
        ["criterionId"] = () => new CriterionResult(" ", LocalizedText.Create("기준", "Criterion"), true, "1", "at least 1", "Local ordinance"),
        ["name"] = () => new CriterionResult("LOC-001", null!, true, "1", "at least 1", "Local ordinance"),
        ["figure"] = () => new CriterionResult("LOC-001", LocalizedText.Create("기준", "Criterion"), true, "", "at least 1", "Local ordinance"),
        ["threshold"] = () => new CriterionResult("LOC-001", LocalizedText.Create("기준", "Criterion"), true, "1", null!, "Local ordinance"),
        ["source"] = () => new CriterionResult("LOC-001", LocalizedText.Create("기준", "Criterion"), true, "1", "at least 1", "\t"),
    };

    [Theory]
    [MemberData(nameof(WrongResultArgumentNames))]
    public void A_criterion_result_with_a_missing_text_is_refused_naming_its_parameter(string parameter)
        => Assert.Equal(parameter, Assert.ThrowsAny<ArgumentException>(() => WrongResults[parameter]()).ParamName);

    [Fact]
    public void The_committee_report_matches_its_snapshot()
    {
        var evidence = new ZoneDesignationEvidence(DesignatedZone(), DesignationDay, CompaniesAtDesignation(), [Snu], [InfrastructureKind.Transport, InfrastructureKind.Communication]);
        Snapshooter.Xunit3.Snapshot.Match(DesignationCriteria.VentureAct.Evaluate(evidence).ToText().Split('\n'));
    }

    [Fact]
    public void The_refusal_of_two_criteria_with_one_id_names_the_id()
        => Assert.Contains(
            "Two criteria have the id ZON-101",
            Assert.Throws<ArgumentException>(() => new DesignationCriteria("x", [new VentureShareCriterion(), new VentureShareCriterion(0.2m)])).Message,
            StringComparison.Ordinal);

    [Fact]
    public void A_criterion_with_a_new_id_is_added_at_the_end()
    {
        var local = new LocalCriterion();
        var extended = DesignationCriteria.VentureAct.With(local);
        Assert.Equal([.. DesignationCriteria.VentureAct.Criteria, local], extended.Criteria);
    }

    [Fact]
    public void Replacing_the_last_criterion_keeps_the_others_and_puts_it_last()
    {
        var transportOnly = new InfrastructureCriterion([InfrastructureKind.Transport]);
        var replaced = DesignationCriteria.VentureAct.With(transportOnly);
        Assert.Equal([DesignationCriteria.VentureAct.Criteria[0], DesignationCriteria.VentureAct.Criteria[1], transportOnly], replaced.Criteria);
    }

    public static TheoryData<string> CriterionNames => [.. Criteria.Keys];

    private static readonly System.Collections.Generic.Dictionary<string, IDesignationCriterion> Criteria = new()
    {
        [nameof(VentureShareCriterion)] = new VentureShareCriterion(),
        [nameof(ResearchInstitutionCriterion)] = new ResearchInstitutionCriterion(),
        [nameof(InfrastructureCriterion)] = new InfrastructureCriterion(),
    };

    [Theory]
    [MemberData(nameof(CriterionNames))]
    public void A_criterion_refuses_missing_evidence_naming_it(string criterion)
        => Assert.Equal("evidence", Assert.Throws<ArgumentNullException>(() => Criteria[criterion].Evaluate(null!)).ParamName);

    [Fact]
    public void A_set_refuses_missing_evidence_naming_it()
        => Assert.Equal("evidence", Assert.Throws<ArgumentNullException>(() => DesignationCriteria.VentureAct.Evaluate(null!)).ParamName);

    [Fact]
    public void A_report_whose_criteria_all_pass_ends_with_the_verdict_that_all_are_met()
        => Assert.EndsWith("\nVerdict: all criteria met.", DesignationCriteria.VentureAct.Evaluate(EvidenceAtDesignation()).ToText(), StringComparison.Ordinal);

    [Fact]
    public void A_report_with_failed_criteria_ends_with_the_verdict_naming_them()
    {
        var evidence = new ZoneDesignationEvidence(DesignatedZone(), DesignationDay, CompaniesAtDesignation(), [], [InfrastructureKind.Transport]);
        Assert.EndsWith("\nVerdict: not met (ZON-102, ZON-103).", DesignationCriteria.VentureAct.Evaluate(evidence).ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_research_criterion_counts_and_names_the_institutions_present()
        => Assert.Equal("1 (seoul-national-university)", new ResearchInstitutionCriterion().Evaluate(EvidenceAtDesignation()).Figure);

    [Fact]
    public void The_research_criterion_lists_several_institutions_separated_by_commas()
    {
        var evidence = new ZoneDesignationEvidence(DesignatedZone(), DesignationDay, CompaniesAtDesignation(), [Snu, new OrganizationId("startup-research-institute")], []);
        Assert.Equal("2 (seoul-national-university, startup-research-institute)", new ResearchInstitutionCriterion().Evaluate(evidence).Figure);
    }

    [Fact]
    public void The_research_criterion_reads_none_when_no_institution_is_present()
    {
        var evidence = new ZoneDesignationEvidence(DesignatedZone(), DesignationDay, CompaniesAtDesignation(), [], []);
        Assert.Equal("none", new ResearchInstitutionCriterion().Evaluate(evidence).Figure);
    }

    [Fact]
    public void A_zone_without_SMEs_fails_the_venture_share_even_with_a_threshold_of_zero()
        => Assert.False(new VentureShareCriterion(0m).Evaluate(EvidenceAtDesignation([])).Passed);

    /// <summary>A criterion of a local regime, with an id of its own.</summary>
    private sealed class LocalCriterion : IDesignationCriterion
    {
        public string Id => "LOC-001";

        public LocalizedText Name { get; } = LocalizedText.Create("지역 기준", "Local criterion");

        public string Source => "Local ordinance";

        public CriterionResult Evaluate(ZoneDesignationEvidence evidence) => new(Id, Name, true, "met", "met", Source);
    }
}
