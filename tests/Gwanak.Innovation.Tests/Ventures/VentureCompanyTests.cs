using System;
using System.Linq;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Ventures;
using NodaTime;
using static Gwanak.Innovation.Tests.Zones.Gwanak2023Zone;

namespace Gwanak.Innovation.Tests.Ventures;

public sealed class VentureCompanyTests
{
    private static readonly LocalDate Founded = new(2015, 3, 2);

    private static VentureConfirmation Investment(LocalDate day) => new(VentureConfirmationType.Investment, day);

    [Fact]
    public void The_business_registration_number_is_the_companys_id()
        => Assert.Equal((Brn(7), Brn(7)), (Company(7, Bongcheon).Id, Company(7, Bongcheon).RegistrationNumber));

    [Fact]
    public void Two_companies_registered_from_the_same_facts_are_equal()
        => Assert.Equal(Company(2, Bongcheon), Company(2, Bongcheon));

    [Fact]
    public void Technology_fields_are_kept_once_each()
        => Assert.Equal(
            [TechnologyField.Robotics],
            VentureCompany.Create(Brn(1), Founded, LocalizedText.Create("가", "A"), Bongcheon, [TechnologyField.Robotics, TechnologyField.Robotics], 3).TechnologyFields);

    [Fact]
    public void Confirmations_recorded_out_of_order_are_kept_oldest_first()
    {
        var company = Company(1, Bongcheon).Confirm(Investment(new LocalDate(2022, 6, 1))).Confirm(Investment(new LocalDate(2020, 6, 1)));
        Assert.Equal([new LocalDate(2020, 6, 1), new LocalDate(2022, 6, 1)], company.Confirmations.Select(c => c.ConfirmedOn));
    }

    [Fact]
    public void Of_two_confirmations_of_one_day_the_one_recorded_last_is_the_most_recent()
    {
        var day = new LocalDate(2022, 6, 1);
        var company = Company(1, Bongcheon).Confirm(Investment(day)).Confirm(new VentureConfirmation(VentureConfirmationType.ResearchAndDevelopment, day));
        Assert.Equal(VentureConfirmationType.ResearchAndDevelopment, company.ConfirmationOn(day)!.Type);
    }

    [Fact]
    public void A_confirmation_dated_after_the_day_asked_does_not_count()
        => Assert.Null(Company(1, Bongcheon).Confirm(Investment(new LocalDate(2022, 6, 1))).ConfirmationOn(new LocalDate(2022, 5, 31)));

    [Fact]
    public void Of_two_reports_of_one_day_the_one_recorded_last_counts()
    {
        var company = Company(1, Bongcheon).ReportEmployees(new LocalDate(2023, 1, 1), 40).ReportEmployees(new LocalDate(2023, 1, 1), 42);
        Assert.Equal((42, 42), (company.EmployeesOn(new LocalDate(2023, 1, 1)), company.Employees));
    }

    [Fact]
    public void TryConfirm_of_a_recorded_confirmation_returns_VEN_002_and_leaves_the_company_as_it_was()
    {
        var company = Company(1, Bongcheon, sme: false).Confirm(Investment(new LocalDate(2021, 3, 1)));
        var decision = company.TryConfirm(Investment(new LocalDate(2021, 3, 1)));
        Assert.Equal((false, VentureRules.ConfirmationRecordedTwice, 2), (decision.IsAccepted, decision.Refusal?.RuleId, company.Version));
    }

    [Fact]
    public void CanConfirm_answers_before_acting()
    {
        var company = Company(1, Bongcheon);
        Assert.Equal((true, false), (company.CanConfirm(Investment(Founded)), company.CanConfirm(Investment(Founded.PlusDays(-1)))));
    }

    [Fact]
    public void The_refusal_of_a_confirmation_before_founding_names_both_days()
        => Assert.Contains(
            $"dated 2015-03-01 for 관악기업1 ({Brn(1)}), founded on 2015-03-02",
            Company(1, Bongcheon).TryConfirm(Investment(Founded.PlusDays(-1))).Refusal!.Message,
            StringComparison.Ordinal);

    [Fact]
    public void Replay_of_a_forged_confirmation_before_founding_names_the_rule_and_the_event()
    {
        var forged = new VentureConfirmed(Brn(1), Investment(Founded.PlusDays(-1)));
        var e = Assert.Throws<DomainRuleException>(() => VentureCompany.Replay([Company(1, Bongcheon).History[0], forged]));
        Assert.Equal((VentureRules.ConfirmationBeforeFounding, 1), (e.RuleId, e.EventIndex));
    }

    [Fact]
    public void Replay_of_a_confirmation_recorded_twice_names_the_rule_and_the_event()
    {
        var history = Company(1, Bongcheon, new LocalDate(2021, 3, 1), sme: false).ReportEmployees(new LocalDate(2022, 1, 1), 9).History;
        var e = Assert.Throws<DomainRuleException>(() => VentureCompany.Replay([.. history, history[1]]));
        Assert.Equal((VentureRules.ConfirmationRecordedTwice, 3), (e.RuleId, e.EventIndex));
    }

    [Fact]
    public void Replay_of_a_second_registration_is_refused_with_HIS_001_at_its_position()
    {
        var history = Company(1, Bongcheon, sme: false).ReportEmployees(new LocalDate(2023, 1, 1), 4).History;
        var e = Assert.Throws<DomainRuleException>(() => VentureCompany.Replay([.. history, history[0]]));
        Assert.Equal((HistoryRules.MustStartWithFounding, 2), (e.RuleId, e.EventIndex));
    }

    [Fact]
    public void Replay_without_registration_names_the_first_event_and_its_day()
        => Assert.Contains(
            $"starts with venture-company.employees-reported of {Brn(1)} on 2023-01-01",
            Assert.Throws<DomainRuleException>(() => VentureCompany.Replay([new EmployeesReported(Brn(1), new LocalDate(2023, 1, 1), 3)])).Message,
            StringComparison.Ordinal);

    [Fact]
    public void Replay_of_an_empty_history_is_refused_with_HIS_001()
        => Assert.Equal(HistoryRules.MustStartWithFounding, Assert.Throws<DomainRuleException>(() => VentureCompany.Replay([])).RuleId);

    [Fact]
    public void Replay_of_another_companys_step_is_refused_with_HIS_002()
    {
        var e = Assert.Throws<DomainRuleException>(() => VentureCompany.Replay([Company(1, Bongcheon).History[0], new EmployeesReported(Brn(2), new LocalDate(2023, 1, 1), 3)]));
        Assert.Equal((HistoryRules.EventOfAnotherAggregate, 1), (e.RuleId, e.EventIndex));
    }

    [Fact]
    public void A_default_registration_number_is_refused_as_an_argument_naming_the_id()
        => Assert.Equal("id", Assert.Throws<ArgumentException>(() => VentureCompany.Create(default, Founded, LocalizedText.Create("가", "A"), Bongcheon, [], 3)).ParamName);

    [Fact]
    public void A_negative_employee_count_at_registration_is_refused_as_an_argument_naming_it()
        => Assert.Equal("employees", Assert.Throws<ArgumentException>(() => VentureCompany.Create(Brn(1), Founded, LocalizedText.Create("가", "A"), Bongcheon, [], -1)).ParamName);

    [Fact]
    public void A_missing_name_is_refused_as_an_argument_naming_it()
        => Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => VentureCompany.Create(Brn(1), Founded, null!, Bongcheon, [], 3)).ParamName);

    [Fact]
    public void A_confirmation_of_an_undefined_type_is_refused_as_an_argument_naming_the_type()
        => Assert.Equal("type", Assert.ThrowsAny<ArgumentException>(() => Company(1, Bongcheon).TryConfirm(new VentureConfirmation((VentureConfirmationType)99, Founded))).ParamName);

    [Fact]
    public void A_confirmation_without_a_day_is_refused_as_an_argument_naming_it()
        => Assert.Equal("confirmedOn", Assert.Throws<ArgumentException>(() => new VentureConfirmation(VentureConfirmationType.Investment, default)).ParamName);

    [Fact]
    public void A_missing_confirmation_is_refused_as_an_argument_naming_it()
        => Assert.Equal("confirmation", Assert.Throws<ArgumentNullException>(() => Company(1, Bongcheon).CanConfirm(null!)).ParamName);
}
