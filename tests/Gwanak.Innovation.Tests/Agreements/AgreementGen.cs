using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.Primitives;
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

    public static readonly Gen<AgreementTerms> Terms =
        Gen.Select(Gen.Int[0, 60], Gen.Int[0, 24], Gen.Int[0, 10], Gen.Int[-1, 12], Gen.Int[0, 3], Gen.Int[0, 20], (offset, termMonths, termDays, renewal, noticeMonths, noticeDays) =>
            new AgreementTerms(
                DraftedOn.PlusDays(offset),
                termMonths == 0 && termDays == 0 ? Period.FromDays(1) : Period.FromMonths(termMonths) + Period.FromDays(termDays),
                Period.FromMonths(noticeMonths) + Period.FromDays(noticeDays),
                renewal switch { < 0 => Period.FromWeeks(6), 0 => null, _ => Period.FromMonths(renewal) }));

    public static readonly Gen<Command> Command =
        Gen.Select(Gen.Int[0, 11], Gen.Int[-3, 120], Gen.Int[0, 3], Gen.Int[0, 12], (kind, days, party, x) => new Command(kind, days, party, x));

    // Half the scenarios open with negotiation and all three signatures, so that the random commands after
    // them meet signed agreements as often as drafts.
    private static readonly Command[] SignedByAll = [new(0, 1, 0, 0), new(2, 2, 0, 0), new(2, 1, 1, 1), new(2, 0, 2, 1)];

    public static readonly Gen<(AgreementTerms Terms, Command[] Commands)> Scenario =
        Gen.Select(Terms, Gen.Bool, Command.Array[0, 14], (terms, signFirst, commands) => (terms, signFirst ? [.. SignedByAll, .. commands] : commands));

    public static Agreement Draft(AgreementTerms terms, string id = "random-mou")
        => Agreement.Draft(
            new AgreementId(id),
            AgreementKind.MemorandumOfUnderstanding,
            Text,
            Organizations[..3],
            [new Commitment(Organizations[0], CommitmentCategory.InformationExchange, Text)],
            AgreementBinding.NonBinding,
            terms,
            DraftedOn);

    /// <summary>Runs the commands, skipping those the rules refuse; checks every refusal against its Can… query.</summary>
    public static Agreement Run(AgreementTerms terms, IEnumerable<Command> commands, string id = "random-mou")
    {
        var agreement = Draft(terms, id);
        foreach (var c in commands)
        {
            agreement = Apply(agreement, c);
        }

        return agreement;
    }

    private static Agreement Apply(Agreement a, Command c)
    {
        LocalDate day = a.History[^1].Date.PlusDays(c.Days);
        OrganizationId party = Organizations[c.Party];
        // Weighted so that sequences often get every signature: 0–1 negotiate, 2–5 sign, 6 cancel, 7–8 notice,
        // 9 renew, 10 amend renewal, notice or commitments, 11 amend the effective date.
        (Func<bool> can, Func<Agreement> act) = c.Kind switch
        {
            0 or 1 => (() => a.CanStartNegotiation(day), () => a.StartNegotiation(day)),
            >= 2 and <= 5 => Sign(a, new Signature(party, Signatory, day.At(new LocalTime(10, 0)).InZoneLeniently(Zones[c.X % 2]))),
            6 => (() => a.CanCancel(day), () => a.Cancel(day, Text)),
            7 or 8 => (() => a.CanGiveTerminationNotice(party, day), () => a.GiveTerminationNotice(party, day)),
            9 => (() => a.CanRenew(day), () => a.Renew(day, Period.FromMonths(1 + c.X))),
            10 => Amend(a, day, (c.X % 3) switch
            {
                0 => a.Terms.WithAutomaticRenewal(null),
                1 => a.Terms.WithAutomaticRenewal(Period.FromMonths(1 + c.X)),
                _ => a.Terms.WithTerminationNotice(Period.FromDays(c.X)),
            }, c.Party == 3 ? [new Commitment(party, CommitmentCategory.Internship, Text)] : a.Commitments),
            _ => Amend(a, day, a.Terms.WithEffectiveDate(a.Terms.EffectiveDate.PlusDays(c.X)), a.Commitments),
        };

        bool allowed = can();
        try
        {
            var next = act();
            Assert.True(allowed, $"{c} succeeded although its Can… query said no.");
            return next;
        }
        catch (DomainRuleException e)
        {
            Assert.False(allowed, $"{c} was refused ({e.RuleId}) although its Can… query said yes.");
            return a;
        }
    }

    private static (Func<bool>, Func<Agreement>) Sign(Agreement a, Signature s) => (() => a.CanSign(s), () => a.Sign(s));

    private static (Func<bool>, Func<Agreement>) Amend(Agreement a, LocalDate day, AgreementTerms terms, IReadOnlyList<Commitment> commitments)
        => (() => a.CanAmend(day, terms, commitments), () => a.Amend(day, Text, terms, commitments));
}

/// <summary>One random command: which transition, how many days after the last event, which organisation, and a free number.</summary>
internal sealed record Command(int Kind, int Days, int Party, int X);
