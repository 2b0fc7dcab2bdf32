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
}
