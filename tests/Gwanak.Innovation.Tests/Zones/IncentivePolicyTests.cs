using System.Linq;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Ventures;
using Gwanak.Innovation.Zones;
using NodaTime;
using static Gwanak.Innovation.Tests.Zones.Gwanak2023Zone;

namespace Gwanak.Innovation.Tests.Zones;

public sealed class IncentivePolicyTests
{
    private static readonly VentureCompany Confirmed = Company(7, Bongcheon, new LocalDate(2021, 3, 1));

    [Fact]
    public void A_confirmed_venture_in_Gwanak_in_2022_gets_37_5_percent_tax_reductions()
    {
        var answer = IncentivePolicy.Default.ApplicableTo(Confirmed, DesignatedZone(), new LocalDate(2022, 6, 1));
        Assert.Equal([0.375m, 0.375m], answer.Incentives.Where(i => i.Kind is IncentiveKind.AcquisitionTaxReduction or IncentiveKind.PropertyTaxReduction).Select(i => i.Rate));
    }

    [Fact]
    public void A_confirmed_venture_in_the_zone_is_exempt_from_both_charges()
    {
        var answer = IncentivePolicy.Default.ApplicableTo(Confirmed, DesignatedZone(), new LocalDate(2022, 6, 1));
        Assert.Equal(2, answer.Incentives.Count(i => i.Rate == 1m));
    }

    [Fact]
    public void From_2024_a_zone_outside_the_capital_region_gets_50_percent()
    {
        var daejeonDong = AdministrativeDistrictCode.Parse("3020010100");
        var zone = VenturePromotionZone.Create(new ZoneId("daedeok-venture-zone"), new LocalDate(2023, 1, 1), LocalizedText.Create("대덕", "Daedeok"), daejeonDong.District, 1m, [], [], [daejeonDong], [])
            .RequestDesignation(new LocalDate(2023, 2, 1), new OrganizationId("daejeon"))
            .Designate(new LocalDate(2023, 6, 1), Ministry, "n");
        var company = Company(9, daejeonDong, new LocalDate(2023, 7, 1));
        var answer = IncentivePolicy.Default.ApplicableTo(company, zone, new LocalDate(2024, 1, 1));
        Assert.Equal(0.50m, answer.Incentives.Single(i => i.Kind == IncentiveKind.AcquisitionTaxReduction).Rate);
    }

    [Fact]
    public void From_2024_Gwanak_in_the_capital_region_keeps_the_lower_default_rate()
    {
        var answer = IncentivePolicy.Default.ApplicableTo(Company(7, Bongcheon, new LocalDate(2023, 3, 1)), DesignatedZone(), new LocalDate(2024, 1, 1));
        Assert.Equal(0.375m, answer.Incentives.Single(i => i.Kind == IncentiveKind.PropertyTaxReduction).Rate);
    }

    [Fact]
    public void No_incentive_applies_the_day_before_designation()
    {
        var answer = IncentivePolicy.Default.ApplicableTo(Confirmed, DesignatedZone(), DesignationDay.PlusDays(-1));
        Assert.Empty(answer.Incentives);
        Assert.Contains("not designated on 2022-01-09: it is designated from 2022-01-10", answer.Reasons.Single(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Incentives_apply_on_the_designation_day()
        => Assert.NotEmpty(IncentivePolicy.Default.ApplicableTo(Confirmed, DesignatedZone(), DesignationDay).Incentives);

    [Fact]
    public void No_incentive_applies_from_the_day_a_designation_is_lifted()
    {
        var lifted = DesignatedZone().Lift(new LocalDate(2023, 1, 1), "n", "r");
        var answer = IncentivePolicy.Default.ApplicableTo(Confirmed, lifted, new LocalDate(2023, 1, 1));
        Assert.Contains("its designation ended on 2023-01-01", Assert.Single(answer.Reasons), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_company_outside_the_zone_gets_nothing()
        => Assert.Empty(IncentivePolicy.Default.ApplicableTo(Company(8, Namhyeon, new LocalDate(2021, 3, 1)), DesignatedZone(), new LocalDate(2022, 6, 1)).Incentives);

    [Fact]
    public void A_company_whose_confirmation_expired_gets_nothing_and_is_told_why()
    {
        var expired = Company(10, Bongcheon, new LocalDate(2019, 6, 1));
        var answer = IncentivePolicy.Default.ApplicableTo(expired, DesignatedZone(), new LocalDate(2022, 6, 1));
        Assert.Empty(answer.Incentives);
        Assert.Contains("no valid venture confirmation", answer.Reasons.Single(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_replaced_table_is_used_instead_of_the_default()
    {
        var policy = new IncentivePolicy([new Incentive(IncentiveKind.PropertyTaxReduction, 0.5m, new DateRange(new LocalDate(2022, 1, 1)), IncentiveRegion.Anywhere, false, "local ordinance")]);
        var answer = policy.ApplicableTo(Company(11, Sillim), DesignatedZone(), new LocalDate(2022, 6, 1));
        Assert.Equal(0.5m, answer.Incentives.Single().Rate);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.1)]
    [InlineData(37.5)]
    public void A_row_with_a_rate_outside_0_to_1_is_refused(double rate)
        => Assert.Equal("rate", Assert.Throws<System.ArgumentOutOfRangeException>(() => new IncentivePolicy([new Incentive(IncentiveKind.PropertyTaxReduction, (decimal)rate, new DateRange(new LocalDate(2022, 1, 1)), IncentiveRegion.Anywhere, true, "ordinance")])).ParamName);

    [Fact]
    public void A_row_without_a_source_is_refused()
        => Assert.Equal("source", Assert.Throws<System.ArgumentException>(() => new IncentivePolicy([new Incentive(IncentiveKind.PropertyTaxReduction, 0.5m, new DateRange(new LocalDate(2022, 1, 1)), IncentiveRegion.Anywhere, true, " ")])).ParamName);

    public static TheoryData<string> WrongRowArgumentNames => [.. WrongRows.Keys];

    private static readonly System.Collections.Generic.Dictionary<string, System.Func<object>> WrongRows = new()
    {
        ["kind"] = () => new Incentive((IncentiveKind)42, 0.5m, new DateRange(new LocalDate(2022, 1, 1)), IncentiveRegion.Anywhere, true, "ordinance"),
        ["validDays"] = () => new Incentive(IncentiveKind.PropertyTaxReduction, 0.5m, default, IncentiveRegion.Anywhere, true, "ordinance"),
        ["region"] = () => new Incentive(IncentiveKind.PropertyTaxReduction, 0.5m, new DateRange(new LocalDate(2022, 1, 1)), (IncentiveRegion)42, true, "ordinance"),
        ["source"] = () => new Incentive(IncentiveKind.PropertyTaxReduction, 0.5m, new DateRange(new LocalDate(2022, 1, 1)), IncentiveRegion.Anywhere, true, null!),
        ["rows"] = () => new IncentivePolicy([null!]),
    };

    [Theory]
    [MemberData(nameof(WrongRowArgumentNames))]
    public void A_wrong_row_argument_is_refused_naming_its_parameter(string parameter)
        => Assert.Equal(parameter, Assert.ThrowsAny<System.ArgumentException>(() => WrongRows[parameter]()).ParamName);

    [Fact]
    public void A_full_exemption_is_a_valid_rate()
        => Assert.Equal(1m, new Incentive(IncentiveKind.DevelopmentChargeExemption, 1m, new DateRange(new LocalDate(2022, 1, 1)), IncentiveRegion.Anywhere, true, "Venture Act Art. 18-5").Rate);

    [Fact]
    public void Every_row_of_the_default_table_names_its_source()
        => Assert.All(IncentivePolicy.Default.Rows, r => Assert.Contains("Art.", r.Source, System.StringComparison.Ordinal));

    [Fact]
    public void Seoul_lies_in_the_capital_region()
        => Assert.True(IncentivePolicy.IsInCapitalRegion(AdministrativeDistrictCode.Seoul.Gwanak));

    [Fact]
    public void A_confirmed_venture_in_the_designated_zone_is_given_no_reason_against_any_incentive()
        => Assert.Empty(IncentivePolicy.Default.ApplicableTo(Confirmed, DesignatedZone(), new LocalDate(2022, 6, 1)).Reasons);

    [Fact]
    public void A_zone_never_designated_is_reported_in_its_state()
        => Assert.Contains("is not designated on 2022-06-01: it is Planned.", IncentivePolicy.Default.ApplicableTo(Confirmed, PlannedZone(), new LocalDate(2022, 6, 1)).Reasons[0], System.StringComparison.Ordinal);

    [Fact]
    public void A_designation_lifted_on_its_own_day_is_reported_as_ended_not_as_to_come()
    {
        var lifted = DesignatedZone().Lift(DesignationDay, "n", "r");
        var answer = IncentivePolicy.Default.ApplicableTo(Confirmed, lifted, DesignationDay);
        Assert.Contains("its designation ended on 2022-01-10", Assert.Single(answer.Reasons), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_company_outside_the_zone_is_told_where_it_is_and_which_zone_it_is_outside()
    {
        var outside = Company(8, Namhyeon, new LocalDate(2021, 3, 1));
        var answer = IncentivePolicy.Default.ApplicableTo(outside, DesignatedZone(), new LocalDate(2022, 6, 1));
        Assert.Equal(
            $"{outside} is located in 1162010300, outside the legal dongs of 관악 벤처기업육성촉진지구 on 2022-06-01.",
            Assert.Single(answer.Reasons));
    }

    [Fact]
    public void The_reason_counts_only_the_incentives_withheld_for_want_of_a_confirmation()
    {
        var from2022 = new DateRange(new LocalDate(2022, 1, 1));
        var policy = new IncentivePolicy(
        [
            new Incentive(IncentiveKind.PropertyTaxReduction, 0.5m, from2022, IncentiveRegion.Anywhere, false, "local ordinance"),
            new Incentive(IncentiveKind.AcquisitionTaxReduction, 0.5m, from2022, IncentiveRegion.Anywhere, true, "local ordinance"),
        ]);
        var company = Company(11, Sillim);
        var answer = policy.ApplicableTo(company, DesignatedZone(), new LocalDate(2022, 6, 1));
        Assert.Equal(
            (IncentiveKind.PropertyTaxReduction, $"{company} holds no valid venture confirmation on 2022-06-01; 1 incentive(s) are for confirmed venture companies only."),
            (Assert.Single(answer.Incentives).Kind, Assert.Single(answer.Reasons)));
    }

    [Fact]
    public void A_null_company_is_refused_naming_it()
        => Assert.Equal("company", Assert.Throws<System.ArgumentNullException>(() => IncentivePolicy.Default.ApplicableTo(null!, DesignatedZone(), DesignationDay)).ParamName);

    [Fact]
    public void A_null_zone_is_refused_naming_it()
        => Assert.Equal("zone", Assert.Throws<System.ArgumentNullException>(() => IncentivePolicy.Default.ApplicableTo(Confirmed, null!, DesignationDay)).ParamName);

    [Fact]
    public void The_refusal_of_a_rate_outside_0_to_1_says_what_a_rate_is()
        => Assert.Contains(
            "A rate is more than 0 and at most 1",
            Assert.Throws<System.ArgumentOutOfRangeException>(() => new Incentive(IncentiveKind.PropertyTaxReduction, 37.5m, new DateRange(new LocalDate(2022, 1, 1)), IncentiveRegion.Anywhere, true, "ordinance")).Message,
            System.StringComparison.Ordinal);
}
