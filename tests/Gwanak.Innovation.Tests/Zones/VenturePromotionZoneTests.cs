using System;
using System.Linq;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Zones;
using NodaTime;
using static Gwanak.Innovation.Tests.Zones.Gwanak2023Zone;

namespace Gwanak.Innovation.Tests.Zones;

public sealed class VenturePromotionZoneTests
{
    private static readonly AdministrativeDistrictCode GangnamDong = AdministrativeDistrictCode.Parse("1168010100");

    [Fact]
    public void Gwanak_zone_covers_0_67_square_kilometres_in_three_sub_areas()
    {
        var zone = PlannedZone();
        Assert.Equal(0.67m, zone.AreaSquareKilometres);
        Assert.Equal(["낙성벤처밸리", "신림창업밸리", "서울대지구"], zone.SubAreas.Select(s => s.Korean));
    }

    [Fact]
    public void Nakseongdae_dong_and_Daehak_dong_lie_in_the_legal_dongs_Bongcheon_and_Sillim()
    {
        var zone = PlannedZone();
        Assert.Equal(["Nakseongdae-dong", "Daehak-dong"], zone.AdministrativeDongs.Select(d => d.English));
        Assert.Equal([Bongcheon, Sillim], zone.LegalDongs);
    }

    [Fact]
    public void Legal_dongs_are_kept_once_each_in_code_order()
        => Assert.Equal(
            [Bongcheon, Sillim],
            VenturePromotionZone.Create(GwanakZone, new LocalDate(2021, 6, 1), LocalizedText.Create("가", "A"), AdministrativeDistrictCode.Seoul.Gwanak, 1m, [], [], [Sillim, Bongcheon, Sillim], []).LegalDongs);

    [Fact]
    public void Two_zones_planned_from_the_same_facts_are_equal()
        => Assert.Equal(PlannedZone(), PlannedZone());

    [Fact]
    public void Zone_covers_its_legal_dongs_and_their_ri_but_not_other_dongs()
    {
        var zone = PlannedZone();
        Assert.True(zone.Covers(Bongcheon));
        Assert.True(zone.Covers(AdministrativeDistrictCode.Parse("1162010201")));
        Assert.False(zone.Covers(Namhyeon));
        Assert.False(zone.Covers(AdministrativeDistrictCode.Seoul.Gwanak));
    }

    [Fact]
    public void Designation_by_the_minister_after_the_governor_request_designates_the_zone()
    {
        var zone = DesignatedZone();
        Assert.Equal(ZoneDesignationStatus.Designated, zone.Status);
        Assert.Equal(new ZoneDesignated(GwanakZone, DesignationDay, Ministry, Notice), zone.Designation);
    }

    [Fact]
    public void Designation_takes_effect_on_the_designation_day_not_the_day_before()
    {
        var zone = DesignatedZone();
        Assert.False(zone.IsDesignatedOn(DesignationDay.PlusDays(-1)));
        Assert.True(zone.IsDesignatedOn(DesignationDay));
    }

    [Fact]
    public void A_lifted_zone_is_designated_until_the_day_before_lifting()
    {
        var lifting = new LocalDate(2030, 1, 1);
        var zone = DesignatedZone().Lift(lifting, "notice 2029-12", "purpose achieved");
        Assert.Equal(ZoneDesignationStatus.Lifted, zone.Status);
        Assert.True(zone.IsDesignatedOn(lifting.PlusDays(-1)));
        Assert.False(zone.IsDesignatedOn(lifting));
    }

    [Fact]
    public void Revocation_puts_the_zone_in_revoked_state()
        => Assert.Equal(ZoneDesignationStatus.Revoked, DesignatedZone().Revoke(new LocalDate(2026, 1, 1), "notice 2025-12", "venture share below 10%").Status);

    [Fact]
    public void Area_amendment_changes_area_and_legal_dongs_and_keeps_the_designation()
    {
        var zone = DesignatedZone().AmendArea(new LocalDate(2024, 5, 1), 0.80m, [Bongcheon, Sillim, Namhyeon], "amendment notice 2024");
        Assert.Equal((0.80m, 3, ZoneDesignationStatus.Designated), (zone.AreaSquareKilometres, zone.LegalDongs.Count, zone.Status));
    }

    [Fact]
    public void Coverage_before_an_amendment_is_the_planned_coverage()
    {
        var zone = DesignatedZone().AmendArea(new LocalDate(2024, 5, 1), 0.80m, [Bongcheon, Sillim, Namhyeon], "amendment notice 2024");
        Assert.Equal((false, true), (zone.CoversOn(Namhyeon, new LocalDate(2024, 4, 30)), zone.CoversOn(Namhyeon, new LocalDate(2024, 5, 1))));
    }

    [Fact]
    public void Area_on_a_day_follows_the_amendments()
    {
        var zone = DesignatedZone().AmendArea(new LocalDate(2024, 5, 1), 0.80m, [Bongcheon, Sillim, Namhyeon], "amendment notice 2024");
        Assert.Equal((0.67m, 0.80m), (zone.AreaOn(DesignationDay), zone.AreaOn(new LocalDate(2024, 5, 1))));
    }

    [Fact]
    public void Area_and_legal_dongs_on_a_day_follow_several_amendments()
    {
        var zone = DesignatedZone()
            .AmendArea(new LocalDate(2024, 5, 1), 0.80m, [Bongcheon, Sillim, Namhyeon], "amendment 2024")
            .AmendArea(new LocalDate(2026, 1, 1), 0.50m, [Sillim], "amendment 2026");
        Assert.Equal(
            (0.67m, 0.80m, 0.80m, 0.50m, 0.50m),
            (zone.AreaOn(new LocalDate(2024, 4, 30)), zone.AreaOn(new LocalDate(2024, 5, 1)), zone.AreaOn(new LocalDate(2025, 12, 31)), zone.AreaOn(new LocalDate(2026, 1, 1)), zone.AreaSquareKilometres));
        Assert.Equal([Sillim], zone.LegalDongsOn(new LocalDate(2030, 1, 1)));
    }

    [Fact]
    public void Requesting_twice_is_refused_with_ZON_001()
    {
        var requested = PlannedZone().RequestDesignation(new LocalDate(2021, 9, 1), Seoul);
        var e = Assert.Throws<DomainRuleException>(() => requested.RequestDesignation(new LocalDate(2021, 9, 2), Seoul));
        Assert.Equal(ZoneRules.RequestOnlyWhenPlanned, e.RuleId);
    }

    [Fact]
    public void Designating_a_zone_nobody_requested_is_refused_with_ZON_002()
    {
        var e = Assert.Throws<DomainRuleException>(() => PlannedZone().Designate(DesignationDay, Ministry, Notice));
        Assert.Equal(ZoneRules.DesignateOnlyWhenRequested, e.RuleId);
    }

    [Fact]
    public void Amending_the_area_of_a_requested_zone_is_refused_with_ZON_003()
    {
        var requested = PlannedZone().RequestDesignation(new LocalDate(2021, 9, 1), Seoul);
        var e = Assert.Throws<DomainRuleException>(() => requested.AmendArea(new LocalDate(2021, 10, 1), 0.7m, [Bongcheon], "n"));
        Assert.Equal(ZoneRules.AmendOnlyWhenDesignated, e.RuleId);
    }

    [Fact]
    public void Lifting_a_lifted_zone_is_refused_with_ZON_004()
    {
        var lifted = DesignatedZone().Lift(new LocalDate(2030, 1, 1), "n", "r");
        var e = Assert.Throws<DomainRuleException>(() => lifted.Revoke(new LocalDate(2030, 2, 1), "n", "r"));
        Assert.Equal(ZoneRules.EndOnlyWhenDesignated, e.RuleId);
    }

    [Fact]
    public void A_step_dated_before_the_previous_step_is_refused_with_ZON_005()
    {
        var requested = PlannedZone().RequestDesignation(new LocalDate(2021, 9, 1), Seoul);
        var e = Assert.Throws<DomainRuleException>(() => requested.Designate(new LocalDate(2021, 8, 31), Ministry, Notice));
        Assert.Equal(ZoneRules.StepBeforePreviousStep, e.RuleId);
    }

    [Fact]
    public void The_refusal_of_a_back_dated_step_names_the_previous_step_and_its_day()
        => Assert.Contains(
            "before the previous step (zone.designation-requested on 2021-09-01)",
            PlannedZone().RequestDesignation(new LocalDate(2021, 9, 1), Seoul).TryDesignate(new LocalDate(2021, 8, 31), Ministry, Notice).Refusal!.Message,
            StringComparison.Ordinal);

    [Fact]
    public void A_step_on_the_same_day_as_the_previous_is_accepted()
        => Assert.Equal(ZoneDesignationStatus.Designated, PlannedZone().RequestDesignation(new LocalDate(2021, 9, 1), Seoul).Designate(new LocalDate(2021, 9, 1), Ministry, Notice).Status);

    [Fact]
    public void A_legal_dong_of_another_district_is_refused_with_ZON_006()
    {
        var e = Assert.Throws<DomainRuleException>(() => DesignatedZone().AmendArea(new LocalDate(2024, 1, 1), 1m, [Bongcheon, GangnamDong], "n"));
        Assert.Equal(ZoneRules.LegalDongOutsideDistrict, e.RuleId);
    }

    [Fact]
    public void A_zone_planned_with_a_legal_dong_of_another_district_is_refused_with_ZON_006()
    {
        var decision = VenturePromotionZone.TryCreate(GwanakZone, new LocalDate(2021, 6, 1), LocalizedText.Create("가", "A"), AdministrativeDistrictCode.Seoul.Gwanak, 1m, [], [], [Bongcheon, GangnamDong], []);
        var e = Assert.Throws<DomainRuleException>(() => VenturePromotionZone.Create(GwanakZone, new LocalDate(2021, 6, 1), LocalizedText.Create("가", "A"), AdministrativeDistrictCode.Seoul.Gwanak, 1m, [], [], [Bongcheon, GangnamDong], []));
        Assert.Equal((false, ZoneRules.LegalDongOutsideDistrict, ZoneRules.LegalDongOutsideDistrict), (decision.IsAccepted, decision.Refusal?.RuleId, e.RuleId));
    }

    [Fact]
    public void TryCreate_of_a_valid_plan_gives_the_zone_Create_gives()
        => Assert.Equal(PlannedZone(), VenturePromotionZone.TryCreate(GwanakZone, new LocalDate(2021, 6, 1), PlannedZone().Name, AdministrativeDistrictCode.Seoul.Gwanak, 0.67m, PlannedZone().SubAreas, PlannedZone().AdministrativeDongs, [Bongcheon, Sillim], [Snu]).Value);

    [Fact]
    public void Replay_of_a_history_without_plan_is_refused_with_HIS_001()
    {
        var e = Assert.Throws<DomainRuleException>(() => VenturePromotionZone.Replay([new ZoneDesignationRequested(GwanakZone, new LocalDate(2021, 9, 1), Seoul)]));
        Assert.Equal((HistoryRules.MustStartWithFounding, 0), (e.RuleId, e.EventIndex));
    }

    [Fact]
    public void Replay_of_a_history_without_plan_names_the_first_event_and_its_day()
        => Assert.Contains(
            "starts with zone.designation-requested of gwanak-venture-zone on 2021-09-01",
            Assert.Throws<DomainRuleException>(() => VenturePromotionZone.Replay([new ZoneDesignationRequested(GwanakZone, new LocalDate(2021, 9, 1), Seoul)])).Message,
            StringComparison.Ordinal);

    [Fact]
    public void Replay_of_an_empty_history_is_refused_with_HIS_001()
        => Assert.Equal(HistoryRules.MustStartWithFounding, Assert.Throws<DomainRuleException>(() => VenturePromotionZone.Replay([])).RuleId);

    [Fact]
    public void Replay_of_a_second_plan_is_refused_with_HIS_001_at_its_position()
    {
        var history = DesignatedZone().History;
        var e = Assert.Throws<DomainRuleException>(() => VenturePromotionZone.Replay([.. history, history[0]]));
        Assert.Equal((HistoryRules.MustStartWithFounding, 3), (e.RuleId, e.EventIndex));
    }

    [Fact]
    public void Replay_of_another_zones_step_is_refused_with_HIS_002()
    {
        var other = new ZoneDesignationRequested(new ZoneId("gangnam-venture-zone"), new LocalDate(2021, 9, 1), Seoul);
        var e = Assert.Throws<DomainRuleException>(() => VenturePromotionZone.Replay([PlannedZone().History[0], other]));
        Assert.Equal((HistoryRules.EventOfAnotherAggregate, 1), (e.RuleId, e.EventIndex));
    }

    [Fact]
    public void Replay_of_a_forged_designation_without_request_names_the_rule_and_the_event()
    {
        var forged = new ZoneDesignated(GwanakZone, DesignationDay, Ministry, Notice);
        var e = Assert.Throws<DomainRuleException>(() => VenturePromotionZone.Replay([PlannedZone().History[0], forged]));
        Assert.Equal((ZoneRules.DesignateOnlyWhenRequested, 1), (e.RuleId, e.EventIndex));
    }

    [Fact]
    public void Replay_of_a_back_dated_step_names_the_rule_and_the_event()
    {
        var history = DesignatedZone().History;
        var backDated = new ZoneAreaAmended(GwanakZone, DesignationDay.PlusDays(-1), 0.7m, [Bongcheon], "n");
        var e = Assert.Throws<DomainRuleException>(() => VenturePromotionZone.Replay([.. history, backDated]));
        Assert.Equal((ZoneRules.StepBeforePreviousStep, 3), (e.RuleId, e.EventIndex));
    }

    [Fact]
    public void Replay_of_a_plan_with_a_legal_dong_of_another_district_is_refused_with_ZON_006_at_the_start()
    {
        var plan = new ZonePlanned(GwanakZone, new LocalDate(2021, 6, 1), LocalizedText.Create("가", "A"), AdministrativeDistrictCode.Seoul.Gwanak, 1m, [], [], [GangnamDong], []);
        var e = Assert.Throws<DomainRuleException>(() => VenturePromotionZone.Replay([plan]));
        Assert.Equal((ZoneRules.LegalDongOutsideDistrict, 0), (e.RuleId, e.EventIndex));
    }

    [Fact]
    public void Replay_of_the_history_gives_an_equal_zone()
    {
        var zone = DesignatedZone().AmendArea(new LocalDate(2024, 5, 1), 0.8m, [Bongcheon, Sillim], "n").Lift(new LocalDate(2030, 1, 1), "n", "r");
        var replayed = VenturePromotionZone.Replay(zone.History);
        Assert.Equal(zone, replayed);
        Assert.Equal((zone.Status, zone.AreaSquareKilometres, zone.Ending), (replayed.Status, replayed.AreaSquareKilometres, replayed.Ending));
    }

    [Fact]
    public void Every_transition_appends_one_event_to_the_history()
        => Assert.Equal(
            [typeof(ZonePlanned), typeof(ZoneDesignationRequested), typeof(ZoneDesignated)],
            DesignatedZone().History.Select(e => e.GetType()));

    [Fact]
    public void Can_queries_follow_the_lifecycle()
    {
        var planned = PlannedZone();
        var requested = planned.RequestDesignation(new LocalDate(2021, 9, 1), Seoul);
        var designated = DesignatedZone();
        var day = new LocalDate(2025, 1, 1);
        Assert.Equal((true, false, false), (planned.CanRequestDesignation(day, Seoul), planned.CanDesignate(day, Ministry, Notice), planned.CanLift(day, "n", "r")));
        Assert.Equal((false, true, false), (requested.CanRequestDesignation(day, Seoul), requested.CanDesignate(day, Ministry, Notice), requested.CanAmendArea(day, 1m, [Bongcheon], "n")));
        Assert.Equal((true, true, true), (designated.CanAmendArea(day, 1m, [Bongcheon], "n"), designated.CanLift(day, "n", "r"), designated.CanRevoke(day, "n", "r")));
    }

    [Fact]
    public void TryDesignate_returns_the_refusal_and_leaves_the_zone_as_it_was()
    {
        var zone = PlannedZone();
        var decision = zone.TryDesignate(DesignationDay, Ministry, Notice);
        Assert.Equal((false, ZoneRules.DesignateOnlyWhenRequested, 1, ZoneDesignationStatus.Planned), (decision.IsAccepted, decision.Refusal?.RuleId, zone.Version, zone.Status));
    }

    [Fact]
    public void The_refusal_message_says_the_state_met_and_what_is_allowed()
    {
        var e = Assert.Throws<DomainRuleException>(() => PlannedZone().Designate(DesignationDay, Ministry, Notice));
        Assert.Contains("which is Planned; that is allowed only when the zone is Requested", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_district_code_that_is_a_dong_is_refused_as_the_zone_district()
        => Assert.Equal("district", Assert.Throws<ArgumentException>(() => VenturePromotionZone.Create(
            GwanakZone, new LocalDate(2021, 6, 1), LocalizedText.Create("가", "A"), Bongcheon, 1m, [], [], [Bongcheon], [])).ParamName);

    [Fact]
    public void A_plan_whose_district_is_a_dong_cannot_be_recorded()
        => Assert.Equal("district", Assert.Throws<ArgumentException>(() => new ZonePlanned(
            GwanakZone, new LocalDate(2021, 6, 1), LocalizedText.Create("가", "A"), Bongcheon, 1m, [], [], [Bongcheon], [])).ParamName);

    [Fact]
    public void A_zone_without_positive_area_is_refused_as_an_argument_naming_the_area()
        => Assert.Equal("areaSquareKilometres", Assert.Throws<ArgumentException>(() => VenturePromotionZone.Create(
            GwanakZone, new LocalDate(2021, 6, 1), LocalizedText.Create("가", "A"), AdministrativeDistrictCode.Seoul.Gwanak, 0m, [], [], [Bongcheon], [])).ParamName);

    [Fact]
    public void A_zone_without_legal_dongs_is_refused_as_an_argument_naming_them()
        => Assert.Equal("legalDongs", Assert.Throws<ArgumentException>(() => VenturePromotionZone.Create(
            GwanakZone, new LocalDate(2021, 6, 1), LocalizedText.Create("가", "A"), AdministrativeDistrictCode.Seoul.Gwanak, 1m, [], [], [], [])).ParamName);

    [Fact]
    public void An_amendment_to_a_ri_instead_of_a_legal_dong_is_refused_as_an_argument_naming_the_legal_dongs()
        => Assert.Equal("legalDongs", Assert.Throws<ArgumentException>(() => DesignatedZone().AmendArea(
            new LocalDate(2024, 1, 1), 1m, [AdministrativeDistrictCode.Parse("1162010201")], "n")).ParamName);

    [Fact]
    public void A_default_zone_id_is_refused_as_an_argument_naming_it()
        => Assert.Equal("id", Assert.Throws<ArgumentException>(() => VenturePromotionZone.Create(
            default, new LocalDate(2021, 6, 1), LocalizedText.Create("가", "A"), AdministrativeDistrictCode.Seoul.Gwanak, 1m, [], [], [Bongcheon], [])).ParamName);

    [Fact]
    public void A_default_anchor_institution_is_refused_as_an_argument_naming_them()
        => Assert.Equal("anchorInstitutions", Assert.Throws<ArgumentException>(() => VenturePromotionZone.Create(
            GwanakZone, new LocalDate(2021, 6, 1), LocalizedText.Create("가", "A"), AdministrativeDistrictCode.Seoul.Gwanak, 1m, [], [], [Bongcheon], [default])).ParamName);

    [Fact]
    public void A_default_requesting_government_is_refused_as_an_argument_naming_it()
        => Assert.Equal("requestedBy", Assert.Throws<ArgumentException>(() => PlannedZone().CanRequestDesignation(new LocalDate(2021, 9, 1), default)).ParamName);

    [Fact]
    public void A_default_designating_authority_is_refused_as_an_argument_naming_it()
        => Assert.Equal("designatedBy", Assert.Throws<ArgumentException>(() => PlannedZone().RequestDesignation(new LocalDate(2021, 9, 1), Seoul).Designate(DesignationDay, default, Notice)).ParamName);

    [Fact]
    public void An_empty_notice_reference_is_refused_as_an_argument_naming_it()
        => Assert.Equal("noticeReference", Assert.Throws<ArgumentException>(() => DesignatedZone().TryLift(new LocalDate(2030, 1, 1), " ", "r")).ParamName);

    [Fact]
    public void An_empty_reason_is_refused_as_an_argument_naming_it()
        => Assert.Equal("reason", Assert.Throws<ArgumentException>(() => DesignatedZone().Revoke(new LocalDate(2030, 1, 1), "n", "")).ParamName);

    [Fact]
    public void The_refusal_to_lift_a_lifted_zone_says_it_tried_to_lift_the_designation()
        => Assert.Contains(
            "Tried to lift the designation for the zone 관악 벤처기업육성촉진지구, which is Lifted",
            DesignatedZone().Lift(new LocalDate(2023, 1, 1), "n", "r").TryLift(new LocalDate(2023, 2, 1), "n", "r").Refusal!.Message,
            StringComparison.Ordinal);

    [Fact]
    public void The_refusal_to_revoke_a_lifted_zone_says_it_tried_to_revoke_the_designation()
        => Assert.Contains(
            "Tried to revoke the designation for the zone 관악 벤처기업육성촉진지구, which is Lifted",
            DesignatedZone().Lift(new LocalDate(2023, 1, 1), "n", "r").TryRevoke(new LocalDate(2023, 2, 1), "n", "r").Refusal!.Message,
            StringComparison.Ordinal);

    [Fact]
    public void The_refusal_of_a_plan_without_legal_dongs_says_a_zone_covers_one_at_least()
        => Assert.Contains("A zone covers at least one legal dong.", Assert.Throws<ArgumentException>(() => VenturePromotionZone.Create(
            GwanakZone, new LocalDate(2021, 6, 1), LocalizedText.Create("가", "A"), AdministrativeDistrictCode.Seoul.Gwanak, 1m, [], [], [], [])).Message, StringComparison.Ordinal);

    [Fact]
    public void The_refusal_of_a_ri_as_legal_dong_names_the_code_and_the_form_expected()
        => Assert.Contains("1162010201 is not a legal-dong code (10 digits ending in 00", Assert.Throws<ArgumentException>(() => DesignatedZone().AmendArea(
            new LocalDate(2024, 1, 1), 1m, [AdministrativeDistrictCode.Parse("1162010201")], "n")).Message, StringComparison.Ordinal);

    [Fact]
    public void The_refusal_of_a_dong_as_district_names_the_code_and_the_form_expected()
        => Assert.Contains("1162010100 is not a district (시·군·구) code such as 11620.", Assert.Throws<ArgumentException>(() => VenturePromotionZone.Create(
            GwanakZone, new LocalDate(2021, 6, 1), LocalizedText.Create("가", "A"), Bongcheon, 1m, [], [], [Bongcheon], [])).Message, StringComparison.Ordinal);

    [Fact]
    public void A_zone_reads_as_its_Korean_name_and_status()
        => Assert.Equal("관악 벤처기업육성촉진지구 (Designated)", DesignatedZone().ToString());
}
