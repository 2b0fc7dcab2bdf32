using System;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Ventures;
using Gwanak.Innovation.Zones;
using NodaTime;
using static Gwanak.Innovation.Tests.Zones.Gwanak2023Zone;

namespace Gwanak.Innovation.Tests.Ventures;

public sealed class VentureConfirmationCancellationTests
{
    private static readonly VentureConfirmation Confirmation = new(VentureConfirmationType.InnovativeGrowth, new LocalDate(2021, 3, 1));
    private static readonly LocalDate CancelledOn = new(2022, 6, 1);

    private static VentureCompany Cancelled() => Company(7, Bongcheon, Confirmation.ConfirmedOn).CancelConfirmation(CancelledOn, Confirmation);

    [Fact]
    public void A_cancelled_confirmation_holds_through_the_day_before_its_cancellation()
        => Assert.Equal((true, false), (Cancelled().IsConfirmedVentureOn(CancelledOn.PlusDays(-1)), Cancelled().IsConfirmedVentureOn(CancelledOn)));

    [Fact]
    public void A_cancellation_back_to_the_issue_day_leaves_no_day_confirmed()
        => Assert.False(Company(7, Bongcheon, Confirmation.ConfirmedOn).CancelConfirmation(Confirmation.ConfirmedOn, Confirmation).IsConfirmedVentureOn(Confirmation.ConfirmedOn));

    [Fact]
    public void An_older_confirmation_still_valid_answers_when_the_newer_is_cancelled()
    {
        var older = new VentureConfirmation(VentureConfirmationType.Investment, new LocalDate(2020, 9, 1));
        Assert.Equal(older, Cancelled().Confirm(older).ConfirmationOn(CancelledOn));
    }

    [Fact]
    public void The_day_of_the_cancellation_is_asked_of_the_company()
        => Assert.Equal(CancelledOn, Cancelled().CancelledFrom(Confirmation));

    [Fact]
    public void A_cancelled_confirmation_stays_in_the_list()
        => Assert.Equal([Confirmation], Cancelled().Confirmations);

    [Fact]
    public void A_confirmation_the_company_does_not_have_is_refused_with_VEN_004()
        => Assert.Equal(VentureRules.ConfirmationNotHeld, Company(7, Bongcheon).TryCancelConfirmation(CancelledOn, Confirmation).Refusal?.RuleId);

    [Fact]
    public void A_cancellation_before_the_issue_day_is_refused_with_VEN_004()
        => Assert.Equal(VentureRules.ConfirmationNotHeld, Company(7, Bongcheon, Confirmation.ConfirmedOn).TryCancelConfirmation(Confirmation.ConfirmedOn.PlusDays(-1), Confirmation).Refusal?.RuleId);

    [Fact]
    public void A_second_cancellation_is_refused_with_VEN_005()
        => Assert.Equal(VentureRules.ConfirmationAlreadyCancelled, Assert.Throws<DomainRuleException>(() => Cancelled().CancelConfirmation(CancelledOn.PlusDays(10), Confirmation)).RuleId);

    [Fact]
    public void The_refusal_of_a_second_cancellation_names_the_first_day()
        => Assert.Contains("already cancelled from 2022-06-01", Cancelled().TryCancelConfirmation(CancelledOn, Confirmation).Refusal!.Message, StringComparison.Ordinal);

    [Fact]
    public void CanCancelConfirmation_answers_before_acting()
    {
        var company = Company(7, Bongcheon, Confirmation.ConfirmedOn);
        Assert.Equal((true, false), (company.CanCancelConfirmation(CancelledOn, Confirmation), company.CanCancelConfirmation(CancelledOn, new VentureConfirmation(VentureConfirmationType.Investment, Confirmation.ConfirmedOn))));
    }

    [Fact]
    public void Replay_of_a_forged_cancellation_names_the_rule_and_the_event()
    {
        var company = Company(7, Bongcheon, sme: false);
        var e = Assert.Throws<DomainRuleException>(() => VentureCompany.Replay([company.History[0], new VentureConfirmationCancelled(company.Id, CancelledOn, Confirmation)]));
        Assert.Equal((VentureRules.ConfirmationNotHeld, 1), (e.RuleId, e.EventIndex));
    }

    [Fact]
    public void Replay_of_the_history_gives_an_equal_company()
        => Assert.Equal(Cancelled(), VentureCompany.Replay(Cancelled().History));

    [Fact]
    public void Incentives_stop_on_the_day_of_the_cancellation_and_say_why()
    {
        var answer = IncentivePolicy.Default.ApplicableTo(Cancelled(), DesignatedZone(), CancelledOn);
        Assert.Equal((true, true), (answer.Incentives.IsEmpty, answer.Reasons[0].Contains("was cancelled from 2022-06-01", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_null_confirmation_is_refused_naming_it()
        => Assert.Equal("confirmation", Assert.Throws<ArgumentNullException>(() => Company(7, Bongcheon).CanCancelConfirmation(CancelledOn, null!)).ParamName);

    [Fact]
    public void Incentives_name_a_cancellation_the_given_policy_would_still_hold()
    {
        var tenYears = new VentureConfirmationPolicy([(new LocalDate(2000, 1, 1), Period.FromYears(10))]);
        var answer = IncentivePolicy.Default.ApplicableTo(Cancelled(), DesignatedZone(), new LocalDate(2025, 1, 1), tenYears);
        Assert.Contains("was cancelled from 2022-06-01", Assert.Single(answer.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void Incentives_do_not_name_the_cancellation_of_a_confirmation_that_has_expired_anyway()
    {
        var answer = IncentivePolicy.Default.ApplicableTo(Cancelled(), DesignatedZone(), new LocalDate(2025, 1, 1));
        Assert.DoesNotContain("cancelled", Assert.Single(answer.Reasons), StringComparison.Ordinal);
    }
}
