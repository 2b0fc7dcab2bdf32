using System;
using CsCheck;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Ventures;
using NodaTime;
using NodaTime.Text;
using static Gwanak.Innovation.Tests.Zones.Gwanak2023Zone;

namespace Gwanak.Innovation.Tests.Ventures;

public sealed class VentureConfirmationTests
{
    private static VentureCompany ConfirmedOn(LocalDate day, VentureConfirmationType type = VentureConfirmationType.Investment)
        => Company(1, Bongcheon).Confirm(new VentureConfirmation(type, day));

    [Fact]
    public void A_confirmation_from_2021_02_12_is_valid_for_3_years()
        => Assert.Equal(Period.FromYears(3), VentureConfirmationPolicy.Default.ValidityFor(new LocalDate(2021, 2, 12)));

    [Fact]
    public void A_confirmation_of_2021_02_11_is_valid_for_2_years()
        => Assert.Equal(Period.FromYears(2), VentureConfirmationPolicy.Default.ValidityFor(new LocalDate(2021, 2, 11)));

    [Fact]
    public void A_three_year_confirmation_is_valid_on_its_last_day()
        => Assert.True(ConfirmedOn(new LocalDate(2021, 3, 1)).IsConfirmedVentureOn(new LocalDate(2024, 2, 29)));

    [Fact]
    public void A_three_year_confirmation_has_expired_on_its_third_anniversary()
        => Assert.False(ConfirmedOn(new LocalDate(2021, 3, 1)).IsConfirmedVentureOn(new LocalDate(2024, 3, 1)));

    [Fact]
    public void A_two_year_confirmation_has_expired_on_its_second_anniversary()
    {
        var company = ConfirmedOn(new LocalDate(2020, 6, 1));
        Assert.True(company.IsConfirmedVentureOn(new LocalDate(2022, 5, 31)));
        Assert.False(company.IsConfirmedVentureOn(new LocalDate(2022, 6, 1)));
    }

    [Fact]
    public void A_confirmation_is_valid_from_its_issue_day_not_the_day_before()
    {
        var company = ConfirmedOn(new LocalDate(2022, 1, 10));
        Assert.False(company.IsConfirmedVentureOn(new LocalDate(2022, 1, 9)));
        Assert.True(company.IsConfirmedVentureOn(new LocalDate(2022, 1, 10)));
    }

    [Fact]
    public void A_confirmation_of_2021_02_12_is_valid_through_2024_02_11_and_not_on_2024_02_12()
    {
        var company = ConfirmedOn(new LocalDate(2021, 2, 12));
        Assert.Equal((true, false), (company.IsConfirmedVentureOn(new LocalDate(2024, 2, 11)), company.IsConfirmedVentureOn(new LocalDate(2024, 2, 12))));
    }

    [Fact]
    public void A_confirmation_of_2021_02_11_is_valid_through_2023_02_10_and_not_on_2023_02_11()
    {
        var company = ConfirmedOn(new LocalDate(2021, 2, 11));
        Assert.Equal((true, false), (company.IsConfirmedVentureOn(new LocalDate(2023, 2, 10)), company.IsConfirmedVentureOn(new LocalDate(2023, 2, 11))));
    }

    [Fact]
    public void A_confirmation_issued_on_29_February_ends_on_28_February_three_years_on()
        => Assert.Equal(new LocalDate(2027, 2, 28), VentureConfirmationPolicy.Default.ValidDays(new VentureConfirmation(VentureConfirmationType.ResearchAndDevelopment, new LocalDate(2024, 2, 29))).End);

    [Fact]
    public void A_two_year_confirmation_issued_on_29_February_is_valid_on_28_February_and_not_on_1_March()
    {
        var company = ConfirmedOn(new LocalDate(2020, 2, 29));
        Assert.Equal((true, false), (company.IsConfirmedVentureOn(new LocalDate(2022, 2, 28)), company.IsConfirmedVentureOn(new LocalDate(2022, 3, 1))));
    }

    [Fact]
    public void A_policy_in_months_ends_a_31st_day_confirmation_on_the_last_day_of_a_shorter_month()
    {
        var sixMonths = new VentureConfirmationPolicy([(new LocalDate(2000, 1, 1), Period.FromMonths(6))]);
        Assert.Equal(new LocalDate(2023, 2, 28), sixMonths.ValidDays(new VentureConfirmation(VentureConfirmationType.Investment, new LocalDate(2022, 8, 31))).End);
    }

    [Fact]
    public void For_every_issue_day_from_2016_to_2029_the_last_valid_day_is_the_day_before_the_anniversary_or_the_month_end_when_there_is_none()
    {
        for (var issued = new LocalDate(2016, 1, 1); issued.Year < 2030; issued = issued.PlusDays(1))
        {
            int year = issued.Year + (issued >= new LocalDate(2021, 2, 12) ? 3 : 2);
            int daysInMonth = CalendarSystem.Iso.GetDaysInMonth(year, issued.Month);
            var expected = issued.Day <= daysInMonth ? new LocalDate(year, issued.Month, issued.Day).PlusDays(-1) : new LocalDate(year, issued.Month, daysInMonth);
            Assert.Equal(expected, VentureConfirmationPolicy.Default.ValidDays(new VentureConfirmation(VentureConfirmationType.Investment, issued)).End);
        }
    }

    [Fact]
    public void A_renewed_confirmation_keeps_the_company_confirmed_without_gap()
    {
        var company = ConfirmedOn(new LocalDate(2020, 6, 1)).Confirm(new VentureConfirmation(VentureConfirmationType.InnovativeGrowth, new LocalDate(2022, 6, 1)));
        Assert.Equal(VentureConfirmationType.InnovativeGrowth, company.ConfirmationOn(new LocalDate(2022, 6, 1))!.Type);
    }

    [Fact]
    public void A_replaced_policy_changes_the_answer()
    {
        var oneYear = new VentureConfirmationPolicy([(new LocalDate(2000, 1, 1), Period.FromYears(1))]);
        Assert.False(ConfirmedOn(new LocalDate(2021, 3, 1)).IsConfirmedVentureOn(new LocalDate(2022, 3, 1), oneYear));
    }

    [Fact]
    public void A_policy_without_rows_is_refused()
        => Assert.Throws<ArgumentException>(() => new VentureConfirmationPolicy([]));

    [Fact]
    public void A_policy_naming_a_day_twice_is_refused()
        => Assert.Throws<ArgumentException>(() => new VentureConfirmationPolicy([(new LocalDate(2000, 1, 1), Period.FromYears(1)), (new LocalDate(2000, 1, 1), Period.FromYears(2))]));

    [Fact]
    public void A_policy_with_an_empty_period_is_refused()
        => Assert.Throws<ArgumentException>(() => new VentureConfirmationPolicy([(new LocalDate(2000, 1, 1), Period.Zero)]));

    [Fact]
    public void A_confirmation_before_founding_is_refused_with_VEN_001()
        => Assert.Equal(VentureRules.ConfirmationBeforeFounding, Assert.Throws<DomainRuleException>(() => ConfirmedOn(new LocalDate(2015, 3, 1))).RuleId);

    [Fact]
    public void A_pre_venture_confirmation_may_precede_founding()
        => Assert.Single(ConfirmedOn(new LocalDate(2014, 12, 1), VentureConfirmationType.PreVenture).Confirmations);

    [Fact]
    public void The_same_confirmation_twice_is_refused_with_VEN_002()
    {
        var company = ConfirmedOn(new LocalDate(2021, 3, 1));
        var e = Assert.Throws<DomainRuleException>(() => company.Confirm(new VentureConfirmation(VentureConfirmationType.Investment, new LocalDate(2021, 3, 1))));
        Assert.Equal(VentureRules.ConfirmationRecordedTwice, e.RuleId);
    }

    [Fact]
    public void A_company_is_located_in_a_legal_dong_not_a_district()
        => Assert.Equal("location", Assert.Throws<ArgumentException>(() => VentureCompany.Create(
            Brn(1), new LocalDate(2020, 1, 1), LocalizedText.Create("가", "A"), AdministrativeDistrictCode.Seoul.Gwanak, [], 3)).ParamName);

    [Fact]
    public void A_negative_employee_count_is_refused_as_an_argument_naming_it()
        => Assert.Equal("employees", Assert.Throws<ArgumentException>(() => Company(1, Bongcheon).ReportEmployees(new LocalDate(2023, 1, 1), -1)).ParamName);

    [Fact]
    public void A_company_in_an_AI_field_is_deep_tech()
        => Assert.Equal((true, false), (Company(2, Bongcheon).IsDeepTech, Company(3, Bongcheon).IsDeepTech));

    [Fact]
    public void IsValidOn_agrees_with_ValidDays_around_the_2021_reform()
        => Gen.Select(Gen.Int[0, 2_000], Gen.Int[-10, 1_200]).Sample((issued, offset) =>
        {
            var confirmation = new VentureConfirmation(VentureConfirmationType.Investment, new LocalDate(2018, 1, 1).PlusDays(issued));
            var day = confirmation.ConfirmedOn.PlusDays(offset);
            return VentureConfirmationPolicy.Default.IsValidOn(confirmation, day) == VentureConfirmationPolicy.Default.ValidDays(confirmation).Contains(day);
        });

    [Fact]
    public void Employees_on_a_day_follow_the_reports()
    {
        var company = Company(1, Bongcheon).ReportEmployees(new LocalDate(2023, 1, 1), 40).ReportEmployees(new LocalDate(2022, 1, 1), 25);
        Assert.Equal((6, 25, 40, 40), (company.EmployeesOn(new LocalDate(2021, 12, 31)), company.EmployeesOn(new LocalDate(2022, 6, 1)), company.EmployeesOn(new LocalDate(2023, 1, 1)), company.Employees));
    }

    [Fact]
    public void Replay_of_the_history_gives_an_equal_company()
    {
        var company = ConfirmedOn(new LocalDate(2021, 3, 1)).ReportEmployees(new LocalDate(2023, 1, 1), 40);
        var replayed = VentureCompany.Replay(company.History);
        Assert.Equal(company, replayed);
        Assert.Equal((company.Confirmations.Count, company.Employees), (replayed.Confirmations.Count, replayed.Employees));
    }

    [Fact]
    public void Replay_without_registration_is_refused_with_HIS_001()
        => Assert.Equal(HistoryRules.MustStartWithFounding, Assert.Throws<DomainRuleException>(() => VentureCompany.Replay([new EmployeesReported(Brn(1), new LocalDate(2023, 1, 1), 3)])).RuleId);

    [Fact]
    public void Rows_given_out_of_order_each_apply_from_their_own_day()
    {
        var policy = new VentureConfirmationPolicy([(VentureConfirmationPolicy.ThreeYearValidityFrom, Period.FromYears(3)), (new LocalDate(2010, 4, 28), Period.FromYears(2))]);
        Assert.Equal((Period.FromYears(2), Period.FromYears(3)), (policy.ValidityFor(new LocalDate(2021, 2, 11)), policy.ValidityFor(new LocalDate(2021, 3, 1))));
    }

    [Fact]
    public void The_refusal_of_a_policy_without_rows_says_a_row_is_needed()
        => Assert.Contains("needs at least one row", Assert.Throws<ArgumentException>(() => new VentureConfirmationPolicy([])).Message, StringComparison.Ordinal);

    [Fact]
    public void The_refusal_of_a_day_named_twice_names_the_day()
        => Assert.Contains(
            "2000-01-01 appears twice",
            Assert.Throws<ArgumentException>(() => new VentureConfirmationPolicy([(new LocalDate(2000, 1, 1), Period.FromYears(1)), (new LocalDate(2000, 1, 1), Period.FromYears(2))])).Message,
            StringComparison.Ordinal);

    [Fact]
    public void The_refusal_of_an_empty_period_names_the_row_and_the_shortest_validity()
    {
        var e = Assert.Throws<ArgumentException>(() => new VentureConfirmationPolicy([(new LocalDate(2000, 1, 1), Period.Zero)]));
        Assert.Equal(("periods", true), (e.ParamName, e.Message.Contains("from 2000-01-01 must be at least one day", StringComparison.Ordinal)));
    }

    private static readonly System.Collections.Generic.Dictionary<string, Period?> WrongValidities = new()
    {
        ["no validity"] = null,
        ["a validity of no day"] = Period.Zero,
        ["a validity in hours"] = Period.FromHours(30),
        ["a negative validity"] = Period.FromYears(-3),
        ["a validity of a month less a day"] = Period.FromMonths(1) + Period.FromDays(-1),
    };

    public static TheoryData<string> WrongValidityNames => [.. WrongValidities.Keys];

    [Theory]
    [MemberData(nameof(WrongValidityNames))]
    public void A_row_whose_validity_is_not_a_count_of_days_forward_is_refused_naming_the_table_and_the_rows_day_even_on_the_calendars_last_day(string validity)
    {
        var e = Assert.Throws<ArgumentException>(() => new VentureConfirmationPolicy([(new LocalDate(2000, 1, 1), Period.FromYears(3)), (LocalDate.MaxIsoValue, WrongValidities[validity]!)]));
        Assert.Equal(
            ("periods", "The validity for confirmations from 9999-12-31 must be at least one day, in years, months, weeks and days, none negative. (Parameter 'periods')"),
            (e.ParamName, e.Message));
    }

    [Theory]
    [InlineData("9999-12-31", "P3Y", "9999-12-31", "9999-12-31/9999-12-31")]
    [InlineData("9999-06-01", "P3Y", "9999-06-01", "9999-06-01/9999-12-31")]
    [InlineData("9999-01-01", "P1Y", "9999-01-01", "9999-01-01/9999-12-31")]
    [InlineData("2000-01-01", "P2147483647Y", "2023-05-02", "2023-05-02/9999-12-31")]
    [InlineData("2000-01-01", "P2147483647M2147483647W2147483647D", "2023-05-02", "2023-05-02/9999-12-31")]
    [InlineData("-9998-01-01", "P1D", "-9998-01-01", "-9998-01-01/-9998-01-01")]
    [InlineData("-9998-01-01", "P1M", "-9998-01-31", "-9998-01-31/-9998-02-28")]
    public void A_row_from_any_day_of_the_calendar_with_any_validity_is_accepted_and_a_validity_running_past_the_calendar_ends_with_it(string issuedFrom, string validity, string issuedOn, string validDays)
    {
        var policy = new VentureConfirmationPolicy([(LocalDatePattern.Iso.Parse(issuedFrom).Value, PeriodPattern.Roundtrip.Parse(validity).Value)]);
        var confirmation = new VentureConfirmation(VentureConfirmationType.Investment, LocalDatePattern.Iso.Parse(issuedOn).Value);
        var days = DateRange.Parse(validDays);
        Assert.Equal(
            (days, true, days.End == LocalDate.MaxIsoValue),
            (policy.ValidDays(confirmation), policy.IsValidOn(confirmation, days.End!.Value), policy.IsValidOn(confirmation, LocalDate.MaxIsoValue)));
    }

    [Fact]
    public void A_validity_of_a_month_and_a_day_from_a_31st_runs_through_the_shorter_months_last_day_and_one_day_more()
        => Assert.Equal(
            DateRange.Parse("2023-01-31/2023-03-01"),
            new VentureConfirmationPolicy([(new LocalDate(2000, 1, 1), Period.FromMonths(1) + Period.FromDays(1))]).ValidDays(new VentureConfirmation(VentureConfirmationType.Investment, new LocalDate(2023, 1, 31))));

    [Fact]
    public void A_validity_of_one_day_holds_on_the_issue_day_only()
    {
        var oneDay = new VentureConfirmationPolicy([(new LocalDate(2000, 1, 1), Period.FromDays(1))]);
        Assert.Equal(DateRange.Parse("2023-05-02/2023-05-02"), oneDay.ValidDays(new VentureConfirmation(VentureConfirmationType.Investment, new LocalDate(2023, 5, 2))));
    }

    [Fact]
    public void IsValidOn_refuses_a_null_confirmation_naming_it()
        => Assert.Equal("confirmation", Assert.Throws<ArgumentNullException>(() => VentureConfirmationPolicy.Default.IsValidOn(null!, new LocalDate(2023, 1, 1))).ParamName);

    [Fact]
    public void ValidDays_refuses_a_null_confirmation_naming_it()
        => Assert.Equal("confirmation", Assert.Throws<ArgumentNullException>(() => VentureConfirmationPolicy.Default.ValidDays(null!)).ParamName);

    [Fact]
    public void The_refusal_of_a_district_as_location_names_the_code_and_what_is_allowed()
        => Assert.Contains(
            "The location 11620 is a District; a company is located in a legal dong",
            Assert.Throws<ArgumentException>(() => VentureCompany.Create(Brn(1), new LocalDate(2020, 1, 1), LocalizedText.Create("가", "A"), AdministrativeDistrictCode.Seoul.Gwanak, [], 3)).Message,
            StringComparison.Ordinal);

    [Fact]
    public void A_company_with_a_deep_tech_field_among_others_is_deep_tech()
        => Assert.True(VentureCompany.Create(Brn(1), new LocalDate(2020, 1, 1), LocalizedText.Create("가", "A"), Bongcheon, [TechnologyField.Software, TechnologyField.ArtificialIntelligence], 3).IsDeepTech);

    [Fact]
    public void Without_reports_the_employees_are_those_at_registration()
        => Assert.Equal(6, Company(1, Bongcheon).Employees);
}
