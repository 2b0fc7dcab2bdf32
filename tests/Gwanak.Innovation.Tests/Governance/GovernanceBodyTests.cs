using System;
using System.Linq;
using System.Reflection;
using CsCheck;
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

    private static readonly OrganizationId CouncilId = new("gwanak-innovation-council");

    // The council around Gwanak-gu and SNU that the 2023 press article calls for, with the district's industry
    // partners: no civil society, no research yet.
    private static GovernanceBody Gwanak2023Council()
        => GovernanceBody.Create(CouncilId, Launch, LocalizedText.Create("관악S밸리 지역혁신 거버넌스", "Gwanak S-Valley innovation council"))
            .AddPost(Launch, CoChair)
            .AddMembership(Seat(Gwanak2023Organizations.GwanakGuOffice, Launch, postKey: "co-chair"))
            .AddMembership(Seat(Gwanak2023Organizations.SeoulNationalUniversity, Launch))
            .AddMembership(Seat(Gwanak2023Organizations.GwanakChamberOfCommerce, Launch))
            .AddMembership(Seat(Gwanak2023Organizations.GwanakSmallBusinessFederation, Launch));

    private static GovernanceBody BalancedCouncil()
        => Gwanak2023Council()
            .AddMembership(new Membership(new OrganizationId("gwanak-residents-association"), HelixSector.Civil, MemberRole, new DateRange(new LocalDate(2024, 3, 1))))
            .AddMembership(new Membership(new OrganizationId("startup-research-institute"), HelixSector.Research, MemberRole, new DateRange(new LocalDate(2024, 3, 1))));

    private static Membership Seat(Organization o, LocalDate start, LocalDate? end = null, string? postKey = null, PersonName? person = null)
        => new(o.Id, o.Sector, MemberRole, new DateRange(start, end), person, postKey);

    // Ends the membership at a position of the list, naming it by its member and first day.
    private static GovernanceBody End(GovernanceBody body, int index, LocalDate lastDay)
    {
        var m = body.Memberships[index];
        return body.EndMembership(lastDay, m.Organization, m.Period.Start, m.Person);
    }

    [Fact]
    public void Members_on_a_date_are_those_whose_period_contains_it()
    {
        var council = End(Gwanak2023Council(), 3, new LocalDate(2023, 12, 31));
        Assert.Equal(3, council.MembersOn(new LocalDate(2024, 1, 1)).Count);
    }

    [Fact]
    public void Nobody_is_a_member_before_the_body_began()
        => Assert.Empty(Gwanak2023Council().MembersOn(new LocalDate(2022, 12, 31)));

    [Fact]
    public void The_2023_council_represents_public_industry_and_academia()
        => Assert.Equal([HelixSector.Public, HelixSector.Industry, HelixSector.Academia], Gwanak2023Council().SectorsRepresentedOn(Launch));

    [Fact]
    public void The_2023_council_misses_civil_society_and_research_under_the_default_policy()
        => Assert.Equal([HelixSector.Civil, HelixSector.Research], Gwanak2023Council().BalanceOn(Launch).MissingSectors);

    [Fact]
    public void Industry_holding_half_the_seats_is_over_the_default_forty_percent()
        => Assert.Equal([HelixSector.Industry], Gwanak2023Council().BalanceOn(Launch).OverRepresentedSectors);

    [Fact]
    public void Five_sectors_with_two_of_six_seats_at_most_is_balanced()
        => Assert.True(BalancedCouncil().BalanceOn(new LocalDate(2024, 3, 1)).IsBalanced);

    [Fact]
    public void Balance_depends_on_the_date()
        => Assert.False(BalancedCouncil().BalanceOn(new LocalDate(2024, 2, 29)).IsBalanced);

    [Fact]
    public void A_replaced_policy_judges_the_2023_council_balanced()
    {
        var tripleHelix = new GovernanceBalancePolicy([HelixSector.Public, HelixSector.Industry, HelixSector.Academia], 0.5m);
        Assert.True(Gwanak2023Council().BalanceOn(Launch, tripleHelix).IsBalanced);
    }

    [Fact]
    public void Seats_are_counted_for_every_sector()
    {
        var balance = Gwanak2023Council().BalanceOn(Launch);
        Assert.Equal((4, 2, 0), (balance.TotalSeats, balance.SeatsBySector[HelixSector.Industry], balance.SeatsBySector[HelixSector.Civil]));
    }

    [Fact]
    public void Two_assessments_of_one_day_under_one_policy_are_equal_and_another_day_differs()
    {
        var council = BalancedCouncil();
        Assert.Equal(council.BalanceOn(new LocalDate(2024, 3, 1)), council.BalanceOn(new LocalDate(2024, 3, 1)));
        Assert.Equal(council.BalanceOn(new LocalDate(2024, 3, 1)).GetHashCode(), council.BalanceOn(new LocalDate(2024, 3, 1)).GetHashCode());
        Assert.NotEqual(council.BalanceOn(new LocalDate(2024, 3, 1)), council.BalanceOn(new LocalDate(2024, 2, 29)));
    }

    [Fact]
    public void The_seats_by_sector_are_listed_in_enum_order_and_cannot_be_changed_through_a_cast()
    {
        var seats = Gwanak2023Council().BalanceOn(Launch).SeatsBySector;
        Assert.Equal(Enum.GetValues<HelixSector>(), seats.Keys);
        Assert.False(seats is System.Collections.Generic.IDictionary<HelixSector, int> { IsReadOnly: false });
    }

    [Fact]
    public void A_body_without_members_is_not_balanced()
        => Assert.False(GovernanceBody.Create(new OrganizationId("empty"), Launch, LocalizedText.Create("빈", "Empty")).BalanceOn(Launch, new GovernanceBalancePolicy([], 1m)).IsBalanced);

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
        council = End(council, 2, new LocalDate(2024, 6, 30));
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
        council = End(council, 0, new LocalDate(2024, 6, 30));
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
        => Assert.Equal("to", Assert.Throws<ArgumentOutOfRangeException>(() => Gwanak2023Council().ChangesBetween(Launch, Launch.PlusDays(-1))).ParamName);

    [Fact]
    public void A_membership_in_an_unknown_post_is_refused()
        => AssertRule(GovernanceRules.UnknownPost, () => Gwanak2023Council().AddMembership(Seat(Gwanak2023Organizations.SeoulNationalUniversity, Launch.PlusDays(1), postKey: "treasurer")));

    [Fact]
    public void A_post_held_on_the_same_days_is_refused()
        => AssertRule(GovernanceRules.PostAlreadyHeld, () => Gwanak2023Council().AddMembership(Seat(Gwanak2023Organizations.SeoulNationalUniversity, new LocalDate(2024, 1, 1), postKey: "co-chair")));

    [Fact]
    public void A_post_can_pass_to_another_member_after_the_holder_left()
    {
        var council = Gwanak2023Council();
        council = End(council, 0, new LocalDate(2023, 12, 31))
            .AddMembership(new Membership(Gwanak2023Organizations.SeoulNationalUniversity.Id, HelixSector.Academia, LocalizedText.Create("공동위원장", "Co-chair"), new DateRange(new LocalDate(2024, 1, 1)), PersonName.Create("서울대학교 총장", "President of Seoul National University"), "co-chair"));
        Assert.Equal(Gwanak2023Organizations.SeoulNationalUniversity.Id, council.MembersOn(new LocalDate(2024, 1, 1)).Single(m => m.PostKey == "co-chair").Organization);
    }

    [Fact]
    public void The_same_member_twice_on_the_same_days_is_refused()
        => AssertRule(GovernanceRules.OverlappingMembership, () => Gwanak2023Council().AddMembership(Seat(Gwanak2023Organizations.SeoulNationalUniversity, new LocalDate(2024, 1, 1))));

    [Fact]
    public void Two_people_acting_for_the_same_organisation_are_two_members()
    {
        var council = Gwanak2023Council()
            .AddMembership(Seat(Gwanak2023Organizations.SeoulNationalUniversity, Launch, person: PersonName.Create("김교수", "Professor Kim")))
            .AddMembership(Seat(Gwanak2023Organizations.SeoulNationalUniversity, Launch, person: PersonName.Create("이교수", "Professor Lee")));
        Assert.Equal(3, council.MembersOn(Launch).Count(m => m.Organization == Gwanak2023Organizations.SeoulNationalUniversity.Id));
    }

    [Fact]
    public void Ending_an_ended_membership_is_refused()
    {
        var council = Gwanak2023Council();
        council = End(council, 1, new LocalDate(2023, 12, 31));
        AssertRule(GovernanceRules.MembershipAlreadyEnded, () => End(council, 1, new LocalDate(2024, 12, 31)));
    }

    [Fact]
    public void Ending_a_membership_the_day_before_it_began_is_refused_with_GOV_007()
        => AssertRule(GovernanceRules.EndedBeforeFirstDay, () => End(Gwanak2023Council(), 1, Launch.PlusDays(-1)));

    [Fact]
    public void The_refusal_of_an_end_before_the_first_day_names_both_days()
    {
        string message = Gwanak2023Council().TryEndMembership(Launch.PlusDays(-1), Gwanak2023Organizations.SeoulNationalUniversity.Id, Launch).Refusal!.Message;
        Assert.True(message.Contains("2022-12-31", StringComparison.Ordinal) && message.Contains("2023-01-01", StringComparison.Ordinal), message);
    }

    [Fact]
    public void Ending_a_membership_on_its_first_day_leaves_a_one_day_membership()
    {
        var council = End(Gwanak2023Council(), 1, Launch);
        Assert.Equal((true, false), (council.MembersOn(Launch).Contains(council.Memberships[1]), council.MembersOn(Launch.PlusDays(1)).Contains(council.Memberships[1])));
    }

    [Fact]
    public void Ending_a_membership_the_body_does_not_have_is_refused_with_GOV_008()
        => AssertRule(GovernanceRules.UnknownMembership, () => Gwanak2023Council().EndMembership(Launch, Gwanak2023Organizations.Apple.Id, Launch));

    [Fact]
    public void A_membership_is_named_by_its_first_day_too()
        => AssertRule(GovernanceRules.UnknownMembership, () => Gwanak2023Council().EndMembership(Launch.PlusDays(10), Gwanak2023Organizations.SeoulNationalUniversity.Id, Launch.PlusDays(1)));

    [Fact]
    public void A_membership_is_named_by_the_person_acting_for_the_organisation_too()
    {
        var kim = PersonName.Create("김교수", "Professor Kim");
        var council = Gwanak2023Council().AddMembership(Seat(Gwanak2023Organizations.StanfordUniversity, Launch, person: kim));
        Assert.Equal(
            (GovernanceRules.UnknownMembership, true),
            (council.TryEndMembership(Launch.PlusDays(10), Gwanak2023Organizations.StanfordUniversity.Id, Launch).Refusal?.RuleId, council.CanEndMembership(Launch.PlusDays(10), Gwanak2023Organizations.StanfordUniversity.Id, Launch, kim)));
    }

    [Fact]
    public void A_refusal_names_the_organisation_but_not_the_person_acting_for_it()
    {
        var kim = PersonName.Create("김교수", "Professor Kim");
        string message = Gwanak2023Council().TryEndMembership(Launch, Gwanak2023Organizations.StanfordUniversity.Id, Launch, kim).Refusal!.Message;
        Assert.True(message.Contains("stanford", StringComparison.Ordinal) && !message.Contains("Kim", StringComparison.Ordinal) && !message.Contains("김교수", StringComparison.Ordinal), message);
    }

    [Fact]
    public void TryEndMembership_returns_the_refusal_and_leaves_the_body_as_it_was()
    {
        var council = Gwanak2023Council();
        var decision = council.TryEndMembership(Launch.PlusDays(-1), Gwanak2023Organizations.SeoulNationalUniversity.Id, Launch);
        Assert.Equal((false, GovernanceRules.EndedBeforeFirstDay, 6, true), (decision.IsAccepted, decision.Refusal?.RuleId, council.Version, council.Memberships[1].Period.IsOpen));
    }

    [Fact]
    public void CanAddMembership_answers_before_acting()
    {
        var council = Gwanak2023Council();
        Assert.Equal(
            (true, false),
            (council.CanAddMembership(Seat(Gwanak2023Organizations.StanfordUniversity, Launch)), council.CanAddMembership(Seat(Gwanak2023Organizations.StanfordUniversity, Launch, postKey: "co-chair"))));
    }

    [Fact]
    public void A_membership_is_dated_on_its_first_day()
        => Assert.Equal(new LocalDate(2024, 3, 1), BalancedCouncil().History[^1].Date);

    [Fact]
    public void A_default_body_id_is_refused_as_an_argument_naming_it()
        => Assert.Equal("id", Assert.Throws<ArgumentException>(() => GovernanceBody.Create(default, Launch, LocalizedText.Of("en", "A council"))).ParamName);

    [Fact]
    public void A_body_without_a_name_is_refused_as_an_argument_naming_it()
        => Assert.Equal("name", Assert.ThrowsAny<ArgumentException>(() => GovernanceBody.Create(CouncilId, Launch, null!)).ParamName);

    [Fact]
    public void A_missing_post_or_membership_is_refused_as_an_argument_naming_it()
        => Assert.Equal(
            ("post", "membership"),
            (Assert.ThrowsAny<ArgumentException>(() => Gwanak2023Council().AddPost(Launch, null!)).ParamName,
             Assert.ThrowsAny<ArgumentException>(() => Gwanak2023Council().CanAddMembership(null!)).ParamName));

    [Fact]
    public void Ending_the_membership_of_a_default_organisation_is_refused_as_an_argument_naming_it()
        => Assert.Equal("organization", Assert.Throws<ArgumentException>(() => Gwanak2023Council().TryEndMembership(Launch, default, Launch)).ParamName);

    [Fact]
    public void A_second_post_with_the_same_key_is_refused()
        => AssertRule(GovernanceRules.DuplicatePost, () => Gwanak2023Council().AddPost(Launch, new Post("co-chair", LocalizedText.Create("위원장", "Chair"))));

    [Fact]
    public void Changes_return_a_new_body_and_leave_the_old_one_alone()
    {
        var council = Gwanak2023Council();
        _ = council.AddMembership(Seat(Gwanak2023Organizations.StanfordUniversity, Launch));
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
        council = End(council, 2, new LocalDate(2024, 6, 30));
        Assert.Equal(
            [typeof(GovernanceBodyEstablished), typeof(PostCreated), typeof(MembershipAdded), typeof(MembershipAdded), typeof(MembershipAdded), typeof(MembershipAdded), typeof(MembershipAdded), typeof(MembershipAdded), typeof(MembershipEnded)],
            council.History.Select(e => e.GetType()));
    }

    [Fact]
    public void Replay_of_the_history_gives_an_equal_body()
    {
        var council = BalancedCouncil();
        council = End(council, 2, new LocalDate(2024, 6, 30));
        Assert.Equal(council, GovernanceBody.Replay(council.History));
    }

    [Fact]
    public void Replay_refuses_a_history_without_its_establishment_and_names_its_first_event()
    {
        var e = Assert.Throws<DomainRuleException>(() => GovernanceBody.Replay(Gwanak2023Council().History.Skip(1)));
        Assert.Equal((HistoryRules.MustStartWithFounding, true), (e.RuleId, e.Message.Contains(EventTypes.NameOf(Gwanak2023Council().History[1]), StringComparison.Ordinal)));
    }

    [Fact]
    public void Replay_refuses_an_empty_history_and_one_established_twice()
    {
        var history = Gwanak2023Council().History;
        Assert.Equal(
            (HistoryRules.MustStartWithFounding, HistoryRules.MustStartWithFounding),
            (Assert.Throws<DomainRuleException>(() => GovernanceBody.Replay([])).RuleId,
             Assert.Throws<DomainRuleException>(() => GovernanceBody.Replay([.. history, history[0]])).RuleId));
    }

    [Fact]
    public void Replay_checks_the_rules_again()
    {
        var history = Gwanak2023Council().History;
        var e = Assert.Throws<DomainRuleException>(() => GovernanceBody.Replay(history.Append(history[^1])));
        Assert.Equal((GovernanceRules.OverlappingMembership, history.Count), (e.RuleId, e.EventIndex));
    }

    [Fact]
    public void Replay_of_another_bodys_event_is_refused_with_HIS_002()
    {
        var other = new PostCreated(new OrganizationId("another-council"), Launch, CoChair);
        var e = Assert.Throws<DomainRuleException>(() => GovernanceBody.Replay([Gwanak2023Council().History[0], other]));
        Assert.Equal((HistoryRules.EventOfAnotherAggregate, 1), (e.RuleId, e.EventIndex));
    }

    [Fact]
    public void Replay_of_a_forged_end_before_the_first_day_names_the_rule_and_the_event()
    {
        var forged = new MembershipEnded(CouncilId, Launch.PlusDays(-1), Gwanak2023Organizations.SeoulNationalUniversity.Id, Launch, null);
        var e = Assert.Throws<DomainRuleException>(() => GovernanceBody.Replay([.. Gwanak2023Council().History, forged]));
        Assert.Equal((GovernanceRules.EndedBeforeFirstDay, 6), (e.RuleId, e.EventIndex));
    }

    [Fact]
    public void Replay_of_a_forged_end_of_a_membership_never_added_names_the_rule_and_the_event()
    {
        var forged = new MembershipEnded(CouncilId, Launch, Gwanak2023Organizations.Apple.Id, Launch, null);
        var e = Assert.Throws<DomainRuleException>(() => GovernanceBody.Replay([Gwanak2023Council().History[0], forged]));
        Assert.Equal((GovernanceRules.UnknownMembership, 1), (e.RuleId, e.EventIndex));
    }

    [Fact]
    public void Replay_of_a_forged_seat_in_a_post_never_created_names_the_rule_and_the_event()
    {
        var forged = new MembershipAdded(CouncilId, Seat(Gwanak2023Organizations.GwanakGuOffice, Launch, postKey: "co-chair"));
        var e = Assert.Throws<DomainRuleException>(() => GovernanceBody.Replay([Gwanak2023Council().History[0], forged]));
        Assert.Equal((GovernanceRules.UnknownPost, 1), (e.RuleId, e.EventIndex));
    }

    [Fact]
    public void Replay_of_the_history_rebuilds_posts_and_memberships()
    {
        var council = End(BalancedCouncil(), 2, new LocalDate(2024, 6, 30));
        var replayed = GovernanceBody.Replay(council.History);
        Assert.Equal(council.Posts, replayed.Posts);
        Assert.Equal(council.Memberships, replayed.Memberships);
        Assert.Equal((council.Name, council.EstablishedOn), (replayed.Name, replayed.EstablishedOn));
    }

    [Fact]
    public void Bodies_with_different_members_are_not_equal()
        => Assert.NotEqual(Gwanak2023Council(), BalancedCouncil());

    [Fact]
    public void A_balance_is_of_its_day_and_its_policy_even_when_the_seats_are_the_same()
    {
        var council = Gwanak2023Council();
        var stricter = new GovernanceBalancePolicy(Enum.GetValues<HelixSector>(), 0.45m);
        Assert.Equal(council.BalanceOn(Launch), council.BalanceOn(Launch, new GovernanceBalancePolicy(Enum.GetValues<HelixSector>(), 0.40m)));
        Assert.NotEqual(council.BalanceOn(Launch), council.BalanceOn(Launch.PlusDays(1)));
        Assert.NotEqual(council.BalanceOn(Launch), council.BalanceOn(Launch, stricter));
        Assert.Equal(council.BalanceOn(Launch).OverRepresentedSectors, council.BalanceOn(Launch, stricter).OverRepresentedSectors);
    }

    [Fact]
    public void A_policy_keeps_its_required_sectors_once_each_in_sector_order()
        => Assert.Equal([HelixSector.Civil, HelixSector.Research], new GovernanceBalancePolicy([HelixSector.Research, HelixSector.Civil, HelixSector.Research], 0.4m).RequiredSectors);

    [Fact]
    public void Policies_differing_in_the_sectors_or_the_share_are_not_equal()
    {
        var policy = new GovernanceBalancePolicy([HelixSector.Public, HelixSector.Academia], 0.4m);
        Assert.Equal(policy, new GovernanceBalancePolicy([HelixSector.Academia, HelixSector.Public], 0.4m));
        Assert.NotEqual(policy, new GovernanceBalancePolicy([HelixSector.Public, HelixSector.Academia], 0.5m));
        Assert.NotEqual(policy, new GovernanceBalancePolicy([HelixSector.Public, HelixSector.Industry], 0.4m));
    }

    [Fact]
    public void A_share_out_of_range_is_refused_saying_what_is_allowed()
        => Assert.Contains("above 0 and at most 1", Assert.Throws<ArgumentOutOfRangeException>(() => new GovernanceBalancePolicy([], 1.5m)).Message, StringComparison.Ordinal);

    [Fact]
    public void Changes_list_joins_after_the_first_date_up_to_the_second_and_departures_from_the_day_after_the_first()
    {
        LocalDate from = new(2023, 3, 1);
        LocalDate to = new(2023, 6, 30);
        var council = GovernanceBody.Create(CouncilId, Launch, LocalizedText.Create("관악S밸리 지역혁신 거버넌스", "Gwanak S-Valley innovation council"))
            .AddMembership(Seat(Gwanak2023Organizations.GwanakGuOffice, from))
            .AddMembership(Seat(Gwanak2023Organizations.SeoulNationalUniversity, to))
            .AddMembership(Seat(Gwanak2023Organizations.GwanakChamberOfCommerce, Launch, end: from))
            .AddMembership(Seat(Gwanak2023Organizations.GwanakSmallBusinessFederation, Launch, end: to))
            .AddMembership(Seat(Gwanak2023Organizations.Kaccoc, Launch, end: new LocalDate(2023, 4, 30)))
            .AddMembership(Seat(Gwanak2023Organizations.StanfordUniversity, new LocalDate(2023, 5, 1)));
        Assert.Equal(
            [
                (new LocalDate(2023, 3, 2), MembershipChangeKind.Left, Gwanak2023Organizations.GwanakChamberOfCommerce.Id),
                (new LocalDate(2023, 5, 1), MembershipChangeKind.Left, Gwanak2023Organizations.Kaccoc.Id),
                (new LocalDate(2023, 5, 1), MembershipChangeKind.Joined, Gwanak2023Organizations.StanfordUniversity.Id),
                (to, MembershipChangeKind.Joined, Gwanak2023Organizations.SeoulNationalUniversity.Id),
            ],
            council.ChangesBetween(from, to).Select(c => (c.Date, c.Kind, c.Membership.Organization)));
    }

    [Fact]
    public void Changes_between_any_two_dates_are_the_joins_and_departures_of_every_membership_in_that_span()
        => Gen.Select(Gen.Select(Gen.Int[0, 3], Gen.Int[0, 90], Gen.Int[-10, 60]).Array[0, 30], Gen.Int[0, 100], Gen.Int[0, 100]).Sample((seats, a, b) =>
        {
            // Memberships of four members in turn, each after the member's last one (open ones ended by the next).
            var council = GovernanceBody.Create(CouncilId, Launch, LocalizedText.Create("관악S밸리 지역혁신 거버넌스", "Gwanak S-Valley innovation council"));
            var members = new[] { Gwanak2023Organizations.GwanakGuOffice, Gwanak2023Organizations.SeoulNationalUniversity, Gwanak2023Organizations.Kaccoc, Gwanak2023Organizations.StanfordUniversity };
            var next = new LocalDate[members.Length];
            Array.Fill(next, Launch);
            foreach (var (member, gap, length) in seats)
            {
                var first = next[member].PlusDays(gap);
                var membership = Seat(members[member], first, end: length < 0 ? null : first.PlusDays(length));
                council = council.AddMembership(membership);
                next[member] = (membership.Period.End ?? first.PlusDays(100)).PlusDays(1);
                if (membership.Period.End is null)
                {
                    council = council.EndMembership(first.PlusDays(100), members[member].Id, first);
                }
            }

            LocalDate from = Launch.PlusDays(Math.Min(a, b) * 3);
            LocalDate to = Launch.PlusDays(Math.Max(a, b) * 3);
            var expected = council.Memberships
                .SelectMany(m => new[] { (Date: m.Period.Start, Kind: MembershipChangeKind.Joined, m), (Date: m.Period.End!.Value.PlusDays(1), Kind: MembershipChangeKind.Left, m) })
                .Where(c => c.Date > from && c.Date <= to)
                .OrderBy(c => c.Date).ThenByDescending(c => c.Kind)
                .Select(c => (c.Date, c.Kind, c.m));
            Assert.Equal(expected, council.ChangesBetween(from, to).Select(c => (c.Date, c.Kind, c.Membership)));
        });

    [Fact]
    public void No_changes_happen_between_a_date_and_itself()
        => Assert.Empty(Gwanak2023Council().ChangesBetween(Launch, Launch));

    [Fact]
    public void Dates_out_of_order_are_refused_with_both_dates()
        => Assert.Contains(
            "The later date 2022-12-31 is before the earlier date 2023-01-01.",
            Assert.Throws<ArgumentOutOfRangeException>(() => Gwanak2023Council().ChangesBetween(Launch, Launch.PlusDays(-1))).Message,
            StringComparison.Ordinal);

    [Fact]
    public void A_membership_in_an_unknown_post_is_refused_listing_the_posts_there_are()
    {
        var council = Gwanak2023Council().AddPost(Launch, new Post("secretary", LocalizedText.Create("간사", "Secretary")));
        var e = Assert.Throws<DomainRuleException>(() => council.AddMembership(Seat(Gwanak2023Organizations.SeoulNationalUniversity, Launch.PlusDays(1), postKey: "treasurer")));
        Assert.Contains("in the post 'treasurer' of Gwanak S-Valley innovation council: the body has no such post. Add the post first; posts: co-chair, secretary.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_post_is_held_on_the_last_day_of_a_membership_ending_the_day_its_first_holder_begins()
    {
        LocalDate handover = Launch.PlusDays(30);
        var council = GovernanceBody.Create(CouncilId, Launch, LocalizedText.Create("관악S밸리 지역혁신 거버넌스", "Gwanak S-Valley innovation council"))
            .AddPost(Launch, CoChair)
            .AddMembership(Seat(Gwanak2023Organizations.GwanakGuOffice, handover, postKey: "co-chair"));
        AssertRule(GovernanceRules.PostAlreadyHeld, () => council.AddMembership(Seat(Gwanak2023Organizations.SeoulNationalUniversity, Launch.PlusDays(1), end: handover, postKey: "co-chair")));
        Assert.True(council.CanAddMembership(Seat(Gwanak2023Organizations.SeoulNationalUniversity, Launch.PlusDays(1), end: handover.PlusDays(-1), postKey: "co-chair")));
    }

    [Fact]
    public void A_body_reads_as_its_primary_name_and_its_id()
        => Assert.Equal("관악S밸리 지역혁신 거버넌스 (gwanak-innovation-council)", Gwanak2023Council().ToString());

    private static void AssertRule(string ruleId, Action act)
        => Assert.Equal(ruleId, Assert.Throws<DomainRuleException>(act).RuleId);
}
