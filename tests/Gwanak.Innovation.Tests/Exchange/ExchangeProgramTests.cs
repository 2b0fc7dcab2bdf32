using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Primitives;
using NodaTime;
using static Gwanak.Innovation.Tests.Exchange.Gwanak2023Exchange;

namespace Gwanak.Innovation.Tests.Exchange;

public sealed class ExchangeProgramTests
{
    private static readonly AgreementId Trilateral = new("mou-kaccoc-gwanak-chamber-federation-2023");
    private static readonly ProgramParticipant Ana = new(PersonName.Create("김하나", "Kim Hana"), new OrganizationId("snu"));
    private static readonly ProgramParticipant Dul = new(PersonName.Create("이두리", "Lee Duri"), new OrganizationId("snu"));
    private static readonly ProgramParticipant Set = new(PersonName.Create("박세찬", "Park Sechan"));

    private static readonly ExchangeProgramId InternshipId = new("oc-internship-2024");
    private static readonly LocalDate Opening = new(2024, 1, 1);

    private static DateRange Days(string text) => DateRange.Parse(text);

    /// <summary>An internship hosted by KACCOC under the trilateral MOU; capacity and dates illustrative.</summary>
    private static ExchangeProgram Internship(int capacity = 2)
        => ExchangeProgram.Create(InternshipId, Opening, ExchangeProgramKind.OverseasInternship, LocalizedText.Create("오렌지카운티 해외인턴십", "Orange County overseas internship"), Kaccoc, Trilateral, capacity);

    [Fact]
    public void Participants_over_time_follow_their_periods()
    {
        var program = Internship().Enroll(new LocalDate(2024, 1, 2), Ana, Days("2024-01-08/2024-02-23"))
            .Enroll(new LocalDate(2024, 1, 2), Dul, Days("2024-02-01/2024-03-15"));
        Assert.Equal((1, 2, 1), (program.ParticipantsOn(new LocalDate(2024, 1, 10)).Count, program.ParticipantsOn(new LocalDate(2024, 2, 10)).Count, program.ParticipantsOn(new LocalDate(2024, 3, 1)).Count));
    }

    [Fact]
    public void Enrolment_beyond_capacity_on_some_day_is_refused()
    {
        var program = Internship().Enroll(new LocalDate(2024, 1, 2), Ana, Days("2024-01-08/2024-02-23"))
            .Enroll(new LocalDate(2024, 1, 2), Dul, Days("2024-02-01/2024-03-15"));
        var e = Assert.Throws<DomainRuleException>(() => program.Enroll(new LocalDate(2024, 1, 3), Set, Days("2024-01-15/2024-02-05")));
        Assert.Equal((ExchangeProgramRules.CapacityExceeded, true), (e.RuleId, e.Message.Contains("2024-02-01", StringComparison.Ordinal)));
    }

    [Fact]
    public void Enrolment_after_others_have_left_fits_the_capacity()
    {
        var program = Internship(1).Enroll(new LocalDate(2024, 1, 2), Ana, Days("2024-01-08/2024-02-23"));
        Assert.True(program.CanEnroll(new LocalDate(2024, 1, 3), Dul, Days("2024-02-24/2024-03-15")));
    }

    [Fact]
    public void An_open_ended_homestay_blocks_the_place_for_good()
    {
        var homestay = ExchangeProgram.Create(new ExchangeProgramId("fullerton-homestay"), new LocalDate(2024, 3, 1), ExchangeProgramKind.Homestay, LocalizedText.Create("풀러턴 홈스테이", "Fullerton homestay"), FullertonCityHall, new AgreementId("homestay-fullerton"), 1)
            .Enroll(new LocalDate(2024, 3, 1), Ana, Days("2024-03-01/.."));
        Assert.False(homestay.CanEnroll(new LocalDate(2024, 3, 1), Dul, Days("2030-01-01/2030-01-31")));
    }

    [Fact]
    public void A_withdrawal_frees_the_place_after_the_last_day()
    {
        var program = Internship(1).Enroll(new LocalDate(2024, 1, 2), Ana, Days("2024-01-08/2024-02-23"))
            .Withdraw(new LocalDate(2024, 1, 31), Ana, new LocalDate(2024, 1, 31));
        Assert.True(program.CanEnroll(new LocalDate(2024, 1, 31), Dul, Days("2024-02-01/2024-02-23")));
    }

    [Fact]
    public void Enrolling_the_same_participant_twice_over_overlapping_days_is_refused()
    {
        var program = Internship().Enroll(new LocalDate(2024, 1, 2), Ana, Days("2024-01-08/2024-02-23"));
        Assert.Equal(ExchangeProgramRules.AlreadyEnrolled, Assert.Throws<DomainRuleException>(() => program.Enroll(new LocalDate(2024, 1, 3), Ana, Days("2024-02-01/2024-02-10"))).RuleId);
    }

    [Fact]
    public void Withdrawing_someone_not_taking_part_that_day_is_refused()
        => Assert.Equal(ExchangeProgramRules.NotEnrolled, Assert.Throws<DomainRuleException>(() => Internship().Withdraw(new LocalDate(2024, 1, 31), Ana, new LocalDate(2024, 1, 31))).RuleId);

    [Fact]
    public void Participation_before_the_programme_opens_is_refused()
        => Assert.Equal(ExchangeProgramRules.BeforeProgramOpened, Assert.Throws<DomainRuleException>(() => Internship().Enroll(new LocalDate(2024, 1, 2), Ana, Days("2023-12-20/2024-01-10"))).RuleId);

    [Fact]
    public void A_capacity_below_one_is_refused()
        => Assert.Equal("capacity", Assert.Throws<ArgumentException>(() => Internship(0)).ParamName);

    [Fact]
    public void Replay_of_the_history_gives_an_equal_programme()
    {
        var program = Internship().Enroll(new LocalDate(2024, 1, 2), Ana, Days("2024-01-08/2024-02-23"))
            .Withdraw(new LocalDate(2024, 1, 31), Ana, new LocalDate(2024, 1, 31));
        var replayed = ExchangeProgram.Replay(program.History);
        Assert.Equal((program, program.Participations.Single().Period), (replayed, replayed.Participations.Single().Period));
    }

    [Fact]
    public void Replay_of_an_empty_history_is_refused()
    {
        var e = Assert.Throws<DomainRuleException>(() => ExchangeProgram.Replay([]));
        Assert.Equal((HistoryRules.MustStartWithFounding, true), (e.RuleId, e.Message.Contains("empty", StringComparison.Ordinal)));
    }

    [Fact]
    public void Replay_of_a_history_that_does_not_start_with_the_opening_names_its_first_event()
    {
        var e = Assert.Throws<DomainRuleException>(() => ExchangeProgram.Replay(Internship().Enroll(new LocalDate(2024, 1, 2), Ana, Days("2024-01-08/2024-02-23")).History.Skip(1)));
        Assert.Equal((HistoryRules.MustStartWithFounding, true, true), (e.RuleId, e.Message.Contains("exchange-program.participant-enrolled", StringComparison.Ordinal), e.Message.Contains("2024-01-02", StringComparison.Ordinal)));
    }

    [Fact]
    public void Replay_of_a_history_that_opens_the_programme_twice_is_refused()
    {
        var history = Internship().History;
        var e = Assert.Throws<DomainRuleException>(() => ExchangeProgram.Replay(history.Concat(history)));
        Assert.Equal((HistoryRules.MustStartWithFounding, 1), (e.RuleId, e.EventIndex));
    }

    [Fact]
    public void Replay_checks_every_enrolment_and_withdrawal_again()
    {
        var opened = Internship(capacity: 1).History;
        var overCapacity = opened.Concat(
        [
            new ParticipantEnrolled(InternshipId, new LocalDate(2024, 1, 2), Ana, Days("2024-01-08/2024-02-23")),
            new ParticipantEnrolled(InternshipId, new LocalDate(2024, 1, 2), Dul, Days("2024-02-01/2024-03-15")),
        ]);
        var withdrawalOfAStranger = opened.Append(new ParticipantWithdrew(InternshipId, new LocalDate(2024, 1, 31), Set, new LocalDate(2024, 1, 31)));

        Assert.Equal(
            (ExchangeProgramRules.CapacityExceeded, ExchangeProgramRules.NotEnrolled),
            (Assert.Throws<DomainRuleException>(() => ExchangeProgram.Replay(overCapacity)).RuleId,
             Assert.Throws<DomainRuleException>(() => ExchangeProgram.Replay(withdrawalOfAStranger)).RuleId));
    }

    [Fact]
    public void Replay_of_an_event_type_the_library_does_not_define_names_the_type()
        => Assert.Contains(nameof(Rumour), Assert.Throws<UnreachableException>(() => ExchangeProgram.Replay(Internship().History.Append(new Rumour(Internship().History[0])))).Message, StringComparison.Ordinal);

    [Fact]
    public void A_participant_as_text_never_shows_the_name()
        => Assert.DoesNotContain("Kim", Ana.ToString(), StringComparison.Ordinal);

    [Fact]
    public void The_programme_knows_its_host_and_founding_agreement()
        => Assert.Equal((Kaccoc, Trilateral), (Internship().Host, Internship().FoundingAgreement));

    [Fact]
    public void Participants_are_returned_in_order_of_enrolment()
        => Assert.Equal([Dul, Ana], Internship().Enroll(new LocalDate(2024, 1, 2), Dul, Days("2024-02-01/2024-02-02")).Enroll(new LocalDate(2024, 1, 3), Ana, Days("2024-01-08/2024-02-23")).ParticipantsOn(new LocalDate(2024, 2, 1)).ToArray());

    [Fact]
    public void An_enrolment_recorded_on_the_day_of_the_last_step_is_accepted()
        => Assert.True(Internship().Enroll(new LocalDate(2024, 1, 10), Ana, Days("2024-01-10/2024-01-31")).CanEnroll(new LocalDate(2024, 1, 10), Dul, Days("2024-01-10/2024-01-31")));

    [Fact]
    public void An_enrolment_recorded_the_day_before_the_last_step_is_refused_with_EXP_006()
    {
        var program = Internship().Enroll(new LocalDate(2024, 1, 10), Ana, Days("2024-01-10/2024-01-31"));
        Assert.Equal(ExchangeProgramRules.EventBeforeLastEvent, program.TryEnroll(new LocalDate(2024, 1, 9), Dul, Days("2024-01-10/2024-01-31")).Refusal?.RuleId);
    }

    [Fact]
    public void An_enrolment_recorded_the_day_before_the_opening_is_refused_with_EXP_006()
        => Assert.Equal(ExchangeProgramRules.EventBeforeLastEvent, Assert.Throws<DomainRuleException>(() => Internship().Enroll(Opening.PlusDays(-1), Ana, Days("2024-01-08/2024-02-23"))).RuleId);

    [Fact]
    public void A_withdrawal_recorded_the_day_before_the_last_step_is_refused_with_EXP_006()
    {
        var program = Internship().Enroll(new LocalDate(2024, 1, 10), Ana, Days("2024-01-10/2024-01-31"));
        Assert.Equal((false, true), (program.CanWithdraw(new LocalDate(2024, 1, 9), Ana, new LocalDate(2024, 1, 20)), program.CanWithdraw(new LocalDate(2024, 1, 10), Ana, new LocalDate(2024, 1, 20))));
    }

    [Fact]
    public void Replay_of_a_step_recorded_out_of_order_names_the_rule_and_the_event()
    {
        var history = Internship().Enroll(new LocalDate(2024, 1, 10), Ana, Days("2024-01-10/2024-01-31")).History;
        var e = Assert.Throws<DomainRuleException>(() => ExchangeProgram.Replay([.. history, new ParticipantEnrolled(InternshipId, new LocalDate(2024, 1, 9), Dul, Days("2024-01-10/2024-01-31"))]));
        Assert.Equal((ExchangeProgramRules.EventBeforeLastEvent, 2), (e.RuleId, e.EventIndex));
    }

    private static ExchangeProgram AnaWithdrewOn31January()
        => Internship().Enroll(new LocalDate(2024, 1, 2), Ana, Days("2024-01-08/2024-02-23")).Withdraw(new LocalDate(2024, 1, 31), Ana, new LocalDate(2024, 1, 31));

    [Fact]
    public void Withdrawing_again_on_the_same_last_day_is_refused_with_EXP_007()
        => Assert.Equal(ExchangeProgramRules.AlreadyWithdrawn, Assert.Throws<DomainRuleException>(() => AnaWithdrewOn31January().Withdraw(new LocalDate(2024, 1, 31), Ana, new LocalDate(2024, 1, 31))).RuleId);

    [Fact]
    public void Withdrawing_again_on_the_first_day_is_refused_with_EXP_007()
        => Assert.Equal(ExchangeProgramRules.AlreadyWithdrawn, AnaWithdrewOn31January().TryWithdraw(new LocalDate(2024, 2, 1), Ana, new LocalDate(2024, 1, 8)).Refusal?.RuleId);

    [Fact]
    public void Withdrawing_again_the_day_after_the_last_day_is_refused_with_EXP_003()
        => Assert.Equal(ExchangeProgramRules.NotEnrolled, AnaWithdrewOn31January().TryWithdraw(new LocalDate(2024, 2, 1), Ana, new LocalDate(2024, 2, 1)).Refusal?.RuleId);

    [Fact]
    public void A_new_participation_after_a_withdrawal_can_be_withdrawn()
    {
        var program = AnaWithdrewOn31January().Enroll(new LocalDate(2024, 2, 1), Ana, Days("2024-02-10/2024-02-20")).Withdraw(new LocalDate(2024, 2, 15), Ana, new LocalDate(2024, 2, 15));
        Assert.Equal([Days("2024-01-08/2024-01-31"), Days("2024-02-10/2024-02-15")], program.Participations.Select(p => p.Period));
    }

    [Fact]
    public void Replay_of_a_forged_second_withdrawal_names_the_rule_and_the_event()
    {
        var history = AnaWithdrewOn31January().History;
        var e = Assert.Throws<DomainRuleException>(() => ExchangeProgram.Replay([.. history, new ParticipantWithdrew(InternshipId, new LocalDate(2024, 2, 1), Ana, new LocalDate(2024, 1, 20))]));
        Assert.Equal((ExchangeProgramRules.AlreadyWithdrawn, 3), (e.RuleId, e.EventIndex));
    }

    [Fact]
    public void Replay_of_an_over_capacity_enrolment_names_the_event()
    {
        var history = Internship(1).Enroll(new LocalDate(2024, 1, 2), Ana, Days("2024-01-08/2024-02-23")).History;
        var e = Assert.Throws<DomainRuleException>(() => ExchangeProgram.Replay([.. history, new ParticipantEnrolled(InternshipId, new LocalDate(2024, 1, 2), Dul, Days("2024-02-23/2024-03-15"))]));
        Assert.Equal((ExchangeProgramRules.CapacityExceeded, 2), (e.RuleId, e.EventIndex));
    }

    [Fact]
    public void A_place_is_free_again_the_day_after_a_participation_ends()
        => Assert.True(Internship(1).Enroll(new LocalDate(2024, 1, 2), Ana, Days("2024-01-08/2024-02-23")).CanEnroll(new LocalDate(2024, 1, 2), Dul, Days("2024-02-24/2024-02-24")));

    [Fact]
    public void Replay_of_another_programmes_step_is_refused_with_HIS_002()
    {
        var other = new ParticipantEnrolled(new ExchangeProgramId("another-programme"), Opening, Ana, Days("2024-01-08/2024-02-23"));
        var e = Assert.Throws<DomainRuleException>(() => ExchangeProgram.Replay([Internship().History[0], other]));
        Assert.Equal((HistoryRules.EventOfAnotherAggregate, 1), (e.RuleId, e.EventIndex));
    }

    [Fact]
    public void TryEnroll_returns_the_refusal_and_leaves_the_programme_as_it_was()
    {
        var program = Internship(1).Enroll(new LocalDate(2024, 1, 2), Ana, Days("2024-01-08/2024-02-23"));
        var decision = program.TryEnroll(new LocalDate(2024, 1, 2), Dul, Days("2024-02-01/2024-02-10"));
        Assert.Equal((false, ExchangeProgramRules.CapacityExceeded, 2), (decision.IsAccepted, decision.Refusal?.RuleId, program.Version));
    }

    public static TheoryData<string> WrongArgumentNames => [.. WrongArguments.Keys];

    private static readonly Dictionary<string, Func<object>> WrongArguments = new()
    {
        ["id"] = () => ExchangeProgram.Create(default, Opening, ExchangeProgramKind.Homestay, LocalizedText.Of("en", "Homestay"), Kaccoc, Trilateral, 1),
        ["kind"] = () => ExchangeProgram.Create(InternshipId, Opening, (ExchangeProgramKind)7, LocalizedText.Of("en", "Homestay"), Kaccoc, Trilateral, 1),
        ["title"] = () => ExchangeProgram.Create(InternshipId, Opening, ExchangeProgramKind.Homestay, null!, Kaccoc, Trilateral, 1),
        ["host"] = () => ExchangeProgram.Create(InternshipId, Opening, ExchangeProgramKind.Homestay, LocalizedText.Of("en", "Homestay"), default, Trilateral, 1),
        ["foundingAgreement"] = () => ExchangeProgram.Create(InternshipId, Opening, ExchangeProgramKind.Homestay, LocalizedText.Of("en", "Homestay"), Kaccoc, default, 1),
        ["capacity"] = () => ExchangeProgram.Create(InternshipId, Opening, ExchangeProgramKind.Homestay, LocalizedText.Of("en", "Homestay"), Kaccoc, Trilateral, -1),
        ["participant"] = () => Internship().TryEnroll(Opening, null!, Days("2024-01-08/2024-02-23")),
    };

    [Theory]
    [MemberData(nameof(WrongArgumentNames))]
    public void A_wrong_argument_is_refused_naming_its_parameter(string parameter)
        => Assert.Equal(parameter, Assert.ThrowsAny<ArgumentException>(() => WrongArguments[parameter]()).ParamName);

    [Fact]
    public void A_missing_participant_of_a_withdrawal_is_refused_naming_it()
        => Assert.Equal("participant", Assert.ThrowsAny<ArgumentException>(() => Internship().CanWithdraw(Opening, null!, Opening)).ParamName);

    /// <summary>An event type made outside the library, through the copy constructor every record base has.</summary>
    private sealed record Rumour : ExchangeProgramEvent
    {
        public Rumour(ExchangeProgramEvent original)
            : base(original)
        {
        }
    }
    [Fact]
    public void Enrolment_beyond_capacity_names_the_first_full_day_and_how_many_would_take_part()
    {
        var program = Internship().Enroll(new LocalDate(2024, 1, 2), Ana, Days("2024-01-08/2024-02-23"))
            .Enroll(new LocalDate(2024, 1, 2), Dul, Days("2024-02-01/2024-03-15"));
        Assert.Equal(
            "Cannot enrol a participant in 'Orange County overseas internship' for 2024-01-15/2024-02-05: on 2024-02-01 3 would take part, and the capacity is 2.",
            Assert.Throws<DomainRuleException>(() => program.Enroll(new LocalDate(2024, 1, 3), Set, Days("2024-01-15/2024-02-05"))).Message);
    }

    [Fact]
    public void A_programme_as_text_is_its_title_and_capacity()
        => Assert.Equal("Orange County overseas internship (capacity 5)", Internship(5).ToString());

    [Fact]
    public void An_enrolment_or_a_withdrawal_dated_before_the_last_event_is_refused_naming_the_step()
    {
        var program = Internship().Enroll(new LocalDate(2024, 1, 5), Ana, Days("2024-01-08/2024-02-23"));
        Assert.Equal(
            $"Cannot record the enrolment of a {Dul} in '{program.Title.English}' on 2024-01-04: the last recorded event is of 2024-01-05. Events are recorded in date order.",
            Assert.Throws<DomainRuleException>(() => program.Enroll(new LocalDate(2024, 1, 4), Dul, Days("2024-02-01/2024-03-15"))).Message);
        Assert.Equal(
            $"Cannot record the withdrawal of a {Ana} in '{program.Title.English}' on 2024-01-04: the last recorded event is of 2024-01-05. Events are recorded in date order.",
            Assert.Throws<DomainRuleException>(() => program.Withdraw(new LocalDate(2024, 1, 4), Ana, new LocalDate(2024, 1, 31))).Message);
    }
}
