using System;
using System.Linq;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Primitives;
using NodaTime;
using static Gwanak.Innovation.Tests.Exchange.SeedExchange;

namespace Gwanak.Innovation.Tests.Exchange;

public sealed class ExchangeProgramTests
{
    private static readonly AgreementId Trilateral = new("mou-kaccoc-gwanak-chamber-federation-2023");
    private static readonly ProgramParticipant Ana = new(PersonName.Create("김하나", "Kim Hana"), new OrganizationId("snu"));
    private static readonly ProgramParticipant Dul = new(PersonName.Create("이두리", "Lee Duri"), new OrganizationId("snu"));
    private static readonly ProgramParticipant Set = new(PersonName.Create("박세찬", "Park Sechan"));

    private static DateRange Days(string text) => DateRange.Parse(text);

    /// <summary>An internship hosted by KACCOC under the trilateral MOU; capacity and dates illustrative.</summary>
    private static ExchangeProgram Internship(int capacity = 2)
        => ExchangeProgram.Open(ExchangeProgramKind.OverseasInternship, LocalizedText.Create("오렌지카운티 해외인턴십", "Orange County overseas internship"), Kaccoc, Trilateral, capacity, new LocalDate(2024, 1, 1));

    [Fact]
    public void Participants_over_time_follow_their_periods()
    {
        var program = Internship().Enroll(Ana, Days("2024-01-08/2024-02-23"), new LocalDate(2023, 12, 1))
            .Enroll(Dul, Days("2024-02-01/2024-03-15"), new LocalDate(2023, 12, 1));
        Assert.Equal((1, 2, 1), (program.ParticipantsOn(new LocalDate(2024, 1, 10)).Count, program.ParticipantsOn(new LocalDate(2024, 2, 10)).Count, program.ParticipantsOn(new LocalDate(2024, 3, 1)).Count));
    }

    [Fact]
    public void Enrolment_beyond_capacity_on_some_day_is_refused()
    {
        var program = Internship().Enroll(Ana, Days("2024-01-08/2024-02-23"), new LocalDate(2023, 12, 1))
            .Enroll(Dul, Days("2024-02-01/2024-03-15"), new LocalDate(2023, 12, 1));
        var e = Assert.Throws<DomainRuleException>(() => program.Enroll(Set, Days("2024-01-15/2024-02-05"), new LocalDate(2023, 12, 2)));
        Assert.Equal((ExchangeProgramRules.CapacityExceeded, true), (e.RuleId, e.Message.Contains("2024-02-01", StringComparison.Ordinal)));
    }

    [Fact]
    public void Enrolment_after_others_have_left_fits_the_capacity()
    {
        var program = Internship(1).Enroll(Ana, Days("2024-01-08/2024-02-23"), new LocalDate(2023, 12, 1));
        Assert.True(program.CanEnroll(Dul, Days("2024-02-24/2024-03-15")));
    }

    [Fact]
    public void An_open_ended_homestay_blocks_the_place_for_good()
    {
        var homestay = ExchangeProgram.Open(ExchangeProgramKind.Homestay, LocalizedText.Create("풀러턴 홈스테이", "Fullerton homestay"), FullertonCityHall, new AgreementId("homestay-fullerton"), 1, new LocalDate(2024, 3, 1))
            .Enroll(Ana, Days("2024-03-01/.."), new LocalDate(2024, 2, 1));
        Assert.False(homestay.CanEnroll(Dul, Days("2030-01-01/2030-01-31")));
    }

    [Fact]
    public void A_withdrawal_frees_the_place_after_the_last_day()
    {
        var program = Internship(1).Enroll(Ana, Days("2024-01-08/2024-02-23"), new LocalDate(2023, 12, 1))
            .Withdraw(Ana, new LocalDate(2024, 1, 31), new LocalDate(2024, 1, 31));
        Assert.True(program.CanEnroll(Dul, Days("2024-02-01/2024-02-23")));
    }

    [Fact]
    public void Enrolling_the_same_participant_twice_over_overlapping_days_is_refused()
    {
        var program = Internship().Enroll(Ana, Days("2024-01-08/2024-02-23"), new LocalDate(2023, 12, 1));
        Assert.Equal(ExchangeProgramRules.AlreadyEnrolled, Assert.Throws<DomainRuleException>(() => program.Enroll(Ana, Days("2024-02-01/2024-02-10"), new LocalDate(2023, 12, 2))).RuleId);
    }

    [Fact]
    public void Withdrawing_someone_not_taking_part_that_day_is_refused()
        => Assert.Equal(ExchangeProgramRules.NotEnrolled, Assert.Throws<DomainRuleException>(() => Internship().Withdraw(Ana, new LocalDate(2024, 1, 31), new LocalDate(2024, 1, 31))).RuleId);

    [Fact]
    public void Participation_before_the_programme_opens_is_refused()
        => Assert.Equal(ExchangeProgramRules.BeforeProgramOpened, Assert.Throws<DomainRuleException>(() => Internship().Enroll(Ana, Days("2023-12-20/2024-01-10"), new LocalDate(2023, 12, 1))).RuleId);

    [Fact]
    public void A_capacity_below_one_is_refused()
        => Assert.Equal("capacity", Assert.Throws<ArgumentException>(() => Internship(0)).ParamName);

    [Fact]
    public void Replay_of_the_history_gives_an_equal_programme()
    {
        var program = Internship().Enroll(Ana, Days("2024-01-08/2024-02-23"), new LocalDate(2023, 12, 1))
            .Withdraw(Ana, new LocalDate(2024, 1, 31), new LocalDate(2024, 1, 31));
        var replayed = ExchangeProgram.Replay(program.History);
        Assert.Equal((program, program.Participations.Single().Period), (replayed, replayed.Participations.Single().Period));
    }

    [Fact]
    public void Replay_of_an_empty_history_is_refused()
    {
        var e = Assert.Throws<DomainRuleException>(() => ExchangeProgram.Replay([]));
        Assert.Equal((ExchangeProgramRules.HistoryMustStartWithOpening, true), (e.RuleId, e.Message.Contains("empty", StringComparison.Ordinal)));
    }

    [Fact]
    public void Replay_of_a_history_that_does_not_start_with_the_opening_names_its_first_event()
    {
        var e = Assert.Throws<DomainRuleException>(() => ExchangeProgram.Replay(Internship().Enroll(Ana, Days("2024-01-08/2024-02-23"), new LocalDate(2023, 12, 1)).History.Skip(1)));
        Assert.Equal((ExchangeProgramRules.HistoryMustStartWithOpening, true, true), (e.RuleId, e.Message.Contains(nameof(ParticipantEnrolled), StringComparison.Ordinal), e.Message.Contains("2023-12-01", StringComparison.Ordinal)));
    }

    [Fact]
    public void Replay_of_a_history_that_opens_the_programme_twice_is_refused()
    {
        var history = Internship().History;
        Assert.Equal(ExchangeProgramRules.HistoryMustStartWithOpening, Assert.Throws<DomainRuleException>(() => ExchangeProgram.Replay(history.Concat(history))).RuleId);
    }

    [Fact]
    public void Replay_checks_every_enrolment_and_withdrawal_again()
    {
        var opened = Internship(capacity: 1).History;
        var overCapacity = opened.Concat(
        [
            new ParticipantEnrolled(new LocalDate(2023, 12, 1), Ana, Days("2024-01-08/2024-02-23")),
            new ParticipantEnrolled(new LocalDate(2023, 12, 1), Dul, Days("2024-02-01/2024-03-15")),
        ]);
        var withdrawalOfAStranger = opened.Append(new ParticipantWithdrew(new LocalDate(2024, 1, 31), Set, new LocalDate(2024, 1, 31)));

        Assert.Equal(
            (ExchangeProgramRules.CapacityExceeded, ExchangeProgramRules.NotEnrolled),
            (Assert.Throws<DomainRuleException>(() => ExchangeProgram.Replay(overCapacity)).RuleId,
             Assert.Throws<DomainRuleException>(() => ExchangeProgram.Replay(withdrawalOfAStranger)).RuleId));
    }

    [Fact]
    public void Replay_of_an_event_the_programme_does_not_know_names_the_history()
        => Assert.Equal("history", Assert.Throws<ArgumentException>(() => ExchangeProgram.Replay(Internship().History.Append(new Rumour(new LocalDate(2024, 2, 1))))).ParamName);

    [Fact]
    public void A_participant_as_text_never_shows_the_name()
        => Assert.DoesNotContain("Kim", Ana.ToString(), StringComparison.Ordinal);

    [Fact]
    public void The_programme_knows_its_host_and_founding_agreement()
        => Assert.Equal((Kaccoc, Trilateral), (Internship().Host, Internship().FoundingAgreement));

    [Fact]
    public void Participants_are_returned_in_order_of_enrolment()
        => Assert.Equal([Dul, Ana], Internship().Enroll(Dul, Days("2024-02-01/2024-02-02"), new LocalDate(2023, 12, 1)).Enroll(Ana, Days("2024-01-08/2024-02-23"), new LocalDate(2023, 12, 2)).ParticipantsOn(new LocalDate(2024, 2, 1)).ToArray());

    private sealed record Rumour(LocalDate Date) : ProgramEvent(Date);
}
