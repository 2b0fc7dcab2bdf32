using System;
using System.Linq;
using System.Reflection;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.Governance;
using Gwanak.Innovation.Organizations;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Tests.Organizations;
using NodaTime;

namespace Gwanak.Innovation.Tests.Governance;

public sealed class GovernanceBodyTests
{
    private static readonly LocalDate Launch = new(2023, 1, 1);
    private static readonly LocalizedText MemberRole = LocalizedText.Create("위원", "Member");
    private static readonly Post CoChair = new("co-chair", LocalizedText.Create("공동위원장", "Co-chair"));

    // The seed's council around Gwanak-gu and SNU, with its industry partners: no civil society, no research yet.
    private static GovernanceBody SeedCouncil()
        => new GovernanceBody(new OrganizationId("gwanak-innovation-council"), LocalizedText.Create("관악S밸리 지역혁신 거버넌스", "Gwanak S-Valley innovation council"))
            .WithPost(CoChair)
            .WithMembership(Seat(SeedOrganizations.GwanakGuOffice, Launch, postKey: "co-chair"))
            .WithMembership(Seat(SeedOrganizations.SeoulNationalUniversity, Launch))
            .WithMembership(Seat(SeedOrganizations.GwanakChamberOfCommerce, Launch))
            .WithMembership(Seat(SeedOrganizations.GwanakSmallBusinessFederation, Launch));

    private static GovernanceBody BalancedCouncil()
        => SeedCouncil()
            .WithMembership(new Membership(new OrganizationId("gwanak-residents-association"), HelixSector.Civil, MemberRole, new DateRange(new LocalDate(2024, 3, 1))))
            .WithMembership(new Membership(new OrganizationId("startup-research-institute"), HelixSector.Research, MemberRole, new DateRange(new LocalDate(2024, 3, 1))));

    private static Membership Seat(Organization o, LocalDate start, LocalDate? end = null, string? postKey = null, PersonName? person = null)
        => new(o.Id, o.Sector, MemberRole, new DateRange(start, end), person, postKey);

    [Fact]
    public void Members_on_a_date_are_those_whose_period_contains_it()
    {
        var council = SeedCouncil().EndMembership(SeedCouncil().Memberships[3], new LocalDate(2023, 12, 31));
        Assert.Equal(3, council.MembersOn(new LocalDate(2024, 1, 1)).Count);
    }

    [Fact]
    public void Nobody_is_a_member_before_the_body_began()
        => Assert.Empty(SeedCouncil().MembersOn(new LocalDate(2022, 12, 31)));

    [Fact]
    public void The_seed_council_represents_public_industry_and_academia()
        => Assert.Equal([HelixSector.Public, HelixSector.Industry, HelixSector.Academia], SeedCouncil().SectorsRepresentedOn(Launch));

    [Fact]
    public void The_seed_council_misses_civil_society_and_research_under_the_default_policy()
        => Assert.Equal([HelixSector.Civil, HelixSector.Research], SeedCouncil().BalanceOn(Launch).MissingSectors);

    [Fact]
    public void Industry_holding_half_the_seats_is_over_the_default_forty_percent()
        => Assert.Equal([HelixSector.Industry], SeedCouncil().BalanceOn(Launch).OverRepresentedSectors);

    [Fact]
    public void Five_sectors_with_two_of_six_seats_at_most_is_balanced()
        => Assert.True(BalancedCouncil().BalanceOn(new LocalDate(2024, 3, 1)).IsBalanced);

    [Fact]
    public void Balance_depends_on_the_date()
        => Assert.False(BalancedCouncil().BalanceOn(new LocalDate(2024, 2, 29)).IsBalanced);

    [Fact]
    public void A_replaced_policy_judges_the_seed_council_balanced()
    {
        var tripleHelix = new GovernanceBalancePolicy([HelixSector.Public, HelixSector.Industry, HelixSector.Academia], 0.5m);
        Assert.True(SeedCouncil().BalanceOn(Launch, tripleHelix).IsBalanced);
    }

    [Fact]
    public void Seats_are_counted_for_every_sector()
    {
        var balance = SeedCouncil().BalanceOn(Launch);
        Assert.Equal((4, 2, 0), (balance.TotalSeats, balance.SeatsBySector[HelixSector.Industry], balance.SeatsBySector[HelixSector.Civil]));
    }

    [Fact]
    public void A_body_without_members_is_not_balanced()
        => Assert.False(new GovernanceBody(new OrganizationId("empty"), LocalizedText.Create("빈", "Empty")).BalanceOn(Launch, new GovernanceBalancePolicy([], 1m)).IsBalanced);

    [Fact]
    public void The_default_policy_asks_for_all_five_sectors_and_forty_percent()
        => Assert.Equal((5, 0.40m), (GovernanceBalancePolicy.Default.RequiredSectors.Count, GovernanceBalancePolicy.Default.MaximumSeatShare));

    [Theory]
    [InlineData(0)]
    [InlineData(1.01)]
    public void A_seat_share_outside_zero_to_one_is_refused(double share)
        => Assert.Equal("maximumSeatShare", Assert.Throws<ArgumentOutOfRangeException>(() => new GovernanceBalancePolicy([], (decimal)share)).ParamName);

    [Fact]
    public void Changes_between_two_dates_list_joins_and_departures_in_order()
    {
        var council = BalancedCouncil();
        council = council.EndMembership(council.Memberships[2], new LocalDate(2024, 6, 30));
        var changes = council.ChangesBetween(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31));
        Assert.Equal(
            [
                (new LocalDate(2024, 3, 1), MembershipChangeKind.Joined, "gwanak-residents-association"),
                (new LocalDate(2024, 3, 1), MembershipChangeKind.Joined, "startup-research-institute"),
                (new LocalDate(2024, 7, 1), MembershipChangeKind.Left, "gwanak-chamber-of-commerce"),
            ],
            changes.Select(c => (c.Date, c.Kind, c.Membership.Organization.Value)));
    }

    [Fact]
    public void Changes_applied_to_the_members_of_the_first_date_give_the_members_of_the_second()
    {
        var council = BalancedCouncil();
        council = council.EndMembership(council.Memberships[0], new LocalDate(2024, 6, 30));
        LocalDate from = new(2023, 6, 1);
        LocalDate to = new(2024, 12, 31);
        var members = council.MembersOn(from).ToHashSet();
        foreach (var change in council.ChangesBetween(from, to))
        {
            _ = change.Kind == MembershipChangeKind.Joined ? members.Add(change.Membership) : members.Remove(change.Membership);
        }

        Assert.True(members.SetEquals(council.MembersOn(to)));
    }

    [Fact]
    public void Changes_need_the_dates_in_order()
        => Assert.Equal("to", Assert.Throws<ArgumentOutOfRangeException>(() => SeedCouncil().ChangesBetween(Launch, Launch.PlusDays(-1))).ParamName);

    [Fact]
    public void A_membership_in_an_unknown_post_is_refused()
        => AssertRule(GovernanceRules.UnknownPost, () => SeedCouncil().WithMembership(Seat(SeedOrganizations.SeoulNationalUniversity, Launch.PlusDays(1), postKey: "treasurer")));

    [Fact]
    public void A_post_held_on_the_same_days_is_refused()
        => AssertRule(GovernanceRules.PostAlreadyHeld, () => SeedCouncil().WithMembership(Seat(SeedOrganizations.SeoulNationalUniversity, new LocalDate(2024, 1, 1), postKey: "co-chair")));

    [Fact]
    public void A_post_can_pass_to_another_member_after_the_holder_left()
    {
        var council = SeedCouncil();
        council = council.EndMembership(council.Memberships[0], new LocalDate(2023, 12, 31))
            .WithMembership(new Membership(SeedOrganizations.SeoulNationalUniversity.Id, HelixSector.Academia, LocalizedText.Create("공동위원장", "Co-chair"), new DateRange(new LocalDate(2024, 1, 1)), PersonName.Create("서울대학교 총장", "President of Seoul National University"), "co-chair"));
        Assert.Equal("snu", council.MembersOn(new LocalDate(2024, 1, 1)).Single(m => m.PostKey == "co-chair").Organization.Value);
    }

    [Fact]
    public void The_same_member_twice_on_the_same_days_is_refused()
        => AssertRule(GovernanceRules.OverlappingMembership, () => SeedCouncil().WithMembership(Seat(SeedOrganizations.SeoulNationalUniversity, new LocalDate(2024, 1, 1))));

    [Fact]
    public void Two_people_acting_for_the_same_organisation_are_two_members()
    {
        var council = SeedCouncil()
            .WithMembership(Seat(SeedOrganizations.SeoulNationalUniversity, Launch, person: PersonName.Create("김교수", "Professor Kim")))
            .WithMembership(Seat(SeedOrganizations.SeoulNationalUniversity, Launch, person: PersonName.Create("이교수", "Professor Lee")));
        Assert.Equal(3, council.MembersOn(Launch).Count(m => m.Organization == SeedOrganizations.SeoulNationalUniversity.Id));
    }

    [Fact]
    public void Ending_an_ended_membership_is_refused()
    {
        var council = SeedCouncil();
        council = council.EndMembership(council.Memberships[1], new LocalDate(2023, 12, 31));
        AssertRule(GovernanceRules.MembershipAlreadyEnded, () => council.EndMembership(council.Memberships[1], new LocalDate(2024, 12, 31)));
    }

    [Fact]
    public void Ending_a_membership_before_it_began_names_the_parameter()
    {
        var council = SeedCouncil();
        Assert.Equal("lastDay", Assert.Throws<ArgumentOutOfRangeException>(() => council.EndMembership(council.Memberships[1], Launch.PlusDays(-1))).ParamName);
    }

    [Fact]
    public void Ending_a_membership_of_another_body_names_the_parameter()
        => Assert.Equal("membership", Assert.Throws<ArgumentException>(() => SeedCouncil().EndMembership(Seat(SeedOrganizations.Apple, Launch), Launch)).ParamName);

    [Fact]
    public void A_second_post_with_the_same_key_is_refused()
        => AssertRule(GovernanceRules.DuplicatePost, () => SeedCouncil().WithPost(new Post("co-chair", LocalizedText.Create("위원장", "Chair"))));

    [Fact]
    public void Changes_return_a_new_body_and_leave_the_old_one_alone()
    {
        var council = SeedCouncil();
        _ = council.WithMembership(Seat(SeedOrganizations.StanfordUniversity, Launch));
        Assert.Equal(4, council.Memberships.Count);
    }

    [Fact]
    public void People_named_in_memberships_and_signatures_are_marked_as_personal_data()
        => Assert.All(
            [typeof(Membership).GetProperty(nameof(Membership.Person))!, typeof(Signature).GetProperty(nameof(Signature.Signatory))!],
            p => Assert.NotNull(p.GetCustomAttribute<PersonalDataAttribute>()));

    [Fact]
    public void Every_change_appends_one_event()
    {
        var council = BalancedCouncil();
        council = council.EndMembership(council.Memberships[2], new LocalDate(2024, 6, 30));
        Assert.Equal(
            [typeof(GovernanceBodyEstablished), typeof(PostCreated), typeof(MembershipAdded), typeof(MembershipAdded), typeof(MembershipAdded), typeof(MembershipAdded), typeof(MembershipAdded), typeof(MembershipAdded), typeof(MembershipEnded)],
            council.History.Select(e => e.GetType()));
    }

    [Fact]
    public void Replay_of_the_history_gives_an_equal_body()
    {
        var council = BalancedCouncil();
        council = council.EndMembership(council.Memberships[2], new LocalDate(2024, 6, 30));
        Assert.Equal(council, GovernanceBody.Replay(council.History));
    }

    [Fact]
    public void Replay_refuses_a_history_without_its_establishment_and_names_its_first_event()
    {
        var e = Assert.Throws<DomainRuleException>(() => GovernanceBody.Replay(SeedCouncil().History.Skip(1)));
        Assert.Equal((GovernanceRules.HistoryMustStartWithEstablishment, true), (e.RuleId, e.Message.Contains(SeedCouncil().History[1].GetType().Name, StringComparison.Ordinal)));
    }

    [Fact]
    public void Replay_refuses_an_empty_history_and_one_established_twice()
    {
        var history = SeedCouncil().History;
        Assert.Equal(
            (GovernanceRules.HistoryMustStartWithEstablishment, GovernanceRules.HistoryMustStartWithEstablishment),
            (Assert.Throws<DomainRuleException>(() => GovernanceBody.Replay([])).RuleId,
             Assert.Throws<DomainRuleException>(() => GovernanceBody.Replay([.. history, history[0]])).RuleId));
    }

    [Fact]
    public void Replay_checks_the_rules_again()
    {
        var history = SeedCouncil().History;
        AssertRule(GovernanceRules.OverlappingMembership, () => GovernanceBody.Replay(history.Append(history[^1])));
    }

    [Fact]
    public void Bodies_with_different_members_are_not_equal()
        => Assert.NotEqual(SeedCouncil(), BalancedCouncil());

    private static void AssertRule(string ruleId, Action act)
        => Assert.Equal(ruleId, Assert.Throws<DomainRuleException>(act).RuleId);
}
