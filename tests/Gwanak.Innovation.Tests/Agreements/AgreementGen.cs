using System;
using System.Collections.Generic;
using CsCheck;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Tests.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Tests.Agreements;

/// <summary>Random agreements and random command sequences for the property tests.</summary>
internal static class AgreementGen
{
    public static readonly LocalDate DraftedOn = new(2023, 1, 1);

    // Three parties and one stranger (index 3).
    public static readonly OrganizationId[] Organizations = [new("gwanak-gu-office"), new("kaccoc"), new("gwanak-chamber-of-commerce"), new("apple")];

    private static readonly DateTimeZone[] Zones = [DateTimeZoneProviders.Tzdb["Asia/Seoul"], DateTimeZoneProviders.Tzdb["America/Los_Angeles"]];
    private static readonly PersonName Signatory = PersonName.Create("서명자", "Signatory");
    private static readonly LocalizedText Text = LocalizedText.Create("내용", "Text");

    // Effective dates fall on every day of the first months (month ends among them), or the term starts on signing; a
    // fifth of the terms count the day of a notice or signature.
    public static readonly Gen<AgreementTerms> Terms =
        Gen.Select(Gen.Int[-12, 60], Gen.Int[0, 24], Gen.Int[0, 10], Gen.Int[-1, 12], Gen.Int[0, 3], Gen.Int[0, 20], Gen.Int[0, 4], (offset, termMonths, termDays, renewal, noticeMonths, noticeDays, counting) =>
            new AgreementTerms(
                offset < 0 ? null : DraftedOn.PlusDays(offset),
                termMonths == 0 && termDays == 0 ? Period.FromDays(1) : Period.FromMonths(termMonths) + Period.FromDays(termDays),
                Period.FromMonths(noticeMonths) + Period.FromDays(noticeDays),
                renewal switch { < 0 => Period.FromWeeks(6), 0 => null, _ => Period.FromMonths(renewal) },
                counting == 0 ? PeriodCounting.FirstDayIncluded : PeriodCounting.CivilCode));

    public static readonly Gen<Command> Command =
        Gen.Select(Gen.Int[0, 13], Gen.Int[-3, 120], Gen.Int[0, 3], Gen.Int[0, 12], (kind, days, party, x) => new Command(kind, days, party, x));

    // Half the scenarios open with negotiation and all three signatures, so that the random commands after
    // them meet signed agreements as often as drafts.
    private static readonly Command[] SignedByAll = [new(0, 1, 0, 0), new(2, 2, 0, 0), new(2, 1, 1, 1), new(2, 0, 2, 1)];

    public static readonly Gen<(AgreementTerms Terms, Command[] Commands)> Scenario =
        Gen.Select(Terms, Gen.Bool, Command.Array[0, 14], (terms, signFirst, commands) => (terms, signFirst ? [.. SignedByAll, .. commands] : commands));

    public static Agreement Create(AgreementTerms terms, string id = "random-mou")
        => Agreement.Create(
            new AgreementId(id),
            DraftedOn,
            AgreementKind.MemorandumOfUnderstanding,
            Text,
            Organizations[..3],
            [new Commitment(Organizations[0], CommitmentCategory.InformationExchange, Text)],
            AgreementBinding.NonBinding,
            terms);

    /// <summary>Runs the commands, skipping those the rules refuse; checks every command's three forms against each other.</summary>
    public static Agreement Run(AgreementTerms terms, IEnumerable<Command> commands, string id = "random-mou")
    {
        var agreement = Create(terms, id);
        foreach (var c in commands)
        {
            agreement = Apply(agreement, c);
        }

        return agreement;
    }

    /// <summary>One command through its three forms (<see cref="TransitionForms.Agree"/>).</summary>
    /// <returns>The new agreement, or <see langword="null"/> when the transition is refused.</returns>
    public static Agreement? Agree(Func<bool> can, Func<Decision<Agreement>> tryIt, Func<Agreement> doIt)
        => TransitionForms.Agree(can, tryIt, doIt).TryGetValue(out var next) ? next : null;

    private static Agreement Apply(Agreement a, Command c)
    {
        LocalDate day = a.History[^1].Date.PlusDays(c.Days);
        OrganizationId party = Organizations[c.Party];

        // Weighted so that sequences often get every signature: 0–1 negotiate, 2–5 sign, 6 cancel, 7–8 notice,
        // 9 renew, 10 amend renewal, notice, counting or commitments, 11 amend the start, 12–13 notice of non-renewal.
        return c.Kind switch
        {
            0 or 1 => Agree(() => a.CanStartNegotiation(day), () => a.TryStartNegotiation(day), () => a.StartNegotiation(day)),
            >= 2 and <= 5 => Sign(a, c, new Signature(party, Signatory, day.At(new LocalTime(10, 0)).InZoneLeniently(Zones[c.X % 2]))),
            6 => Agree(() => a.CanCancel(day, Text), () => a.TryCancel(day, Text), () => a.Cancel(day, Text)),
            7 or 8 => Agree(() => a.CanGiveTerminationNotice(day, party), () => a.TryGiveTerminationNotice(day, party), () => a.GiveTerminationNotice(day, party)),
            9 => Agree(() => a.CanRenew(day, Period.FromMonths(1 + c.X)), () => a.TryRenew(day, Period.FromMonths(1 + c.X)), () => a.Renew(day, Period.FromMonths(1 + c.X))),
            10 => Amend(a, c, day, (c.X % 4) switch
            {
                0 => a.Terms.WithAutomaticRenewal(null),
                1 => a.Terms.WithAutomaticRenewal(Period.FromMonths(1 + c.X)),
                2 => a.Terms.WithTerminationNotice(Period.FromDays(c.X)),
                _ => a.Terms.WithCounting(a.Terms.Counting == PeriodCounting.CivilCode ? PeriodCounting.FirstDayIncluded : PeriodCounting.CivilCode),
            }, c.Party == 3 ? [new Commitment(party, CommitmentCategory.Internship, Text)] : a.Commitments),
            11 => Amend(a, c, day, a.Terms.WithEffectiveDate(c.X % 5 == 0 ? (a.Terms.EffectiveDate is null ? day : null) : (a.Terms.EffectiveDate ?? day).PlusDays(c.X)), a.Commitments),
            _ => Agree(() => a.CanGiveNonRenewalNotice(day, party), () => a.TryGiveNonRenewalNotice(day, party), () => a.GiveNonRenewalNotice(day, party)),
        } ?? a;
    }

    private static Agreement? Sign(Agreement a, Command c, Signature s)
        => Agree(() => a.CanSign(s), () => a.TrySign(s), () => a.Sign(s));

    private static Agreement? Amend(Agreement a, Command c, LocalDate day, AgreementTerms terms, IReadOnlyList<Commitment> commitments)
        => Agree(() => a.CanAmend(day, Text, terms, commitments), () => a.TryAmend(day, Text, terms, commitments), () => a.Amend(day, Text, terms, commitments));
}

/// <summary>One random command: which transition, how many days after the last event, which organisation, and a free number.</summary>
internal sealed record Command(int Kind, int Days, int Party, int X);
