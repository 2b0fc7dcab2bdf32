using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Benchmarks.Agreements;

/// <summary>
/// "Renewal-notice deadlines in the next 90 days" over 100,000 agreements: the portfolio query against the
/// loop a portal developer would write by hand over the agreements' terms. The setup checks that both give the
/// same deadlines, so the two measure the same work.
/// </summary>
[MemoryDiagnoser]
public class RenewalNoticeDeadlineBenchmarks
{
    private static readonly LocalDate From = new(2026, 1, 15);
    private static readonly LocalDate To = From.PlusDays(90);

    private Agreement[] agreements = [];
    private AgreementPortfolio portfolio = null!;

    /// <summary>How many agreements.</summary>
    [Params(100_000)]
    public int Count { get; set; }

    /// <summary>Builds the agreements: effective 2018–2025, terms of one to three years, 60% renewing themselves, 5% under notice.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20230823);
        var seoul = DateTimeZoneProviders.Tzdb["Asia/Seoul"];
        var signatory = PersonName.Create("서명자", "Signatory");
        var purpose = LocalizedText.Create("협력", "Cooperation");
        var gwanak = new OrganizationId("gwanak-gu-office");
        Period[] renewals = [Period.FromYears(1), Period.FromMonths(6), Period.FromYears(2)];
        agreements = new Agreement[Count];
        for (int i = 0; i < Count; i++)
        {
            var partner = new OrganizationId($"partner-{i % 5000}");
            LocalDate effective = new LocalDate(2018, 1, 1).PlusDays(random.Next(0, 8 * 365));
            var terms = new AgreementTerms(
                effective,
                Period.FromYears(1 + random.Next(3)),
                Period.FromMonths(1 + random.Next(3)),
                random.Next(10) < 6 ? renewals[random.Next(renewals.Length)] : null);
            LocalDate signed = effective.PlusDays(-random.Next(1, 20));
            var a = Agreement.Create(new AgreementId($"mou-{i}"), signed.PlusDays(-30), AgreementKind.MemorandumOfUnderstanding, purpose, [gwanak, partner], [], AgreementBinding.NonBinding, terms)
                .StartNegotiation(signed.PlusDays(-10))
                .Sign(new Signature(gwanak, signatory, signed.At(new LocalTime(10, 0)).InZoneLeniently(seoul)))
                .Sign(new Signature(partner, signatory, signed.At(new LocalTime(11, 0)).InZoneLeniently(seoul)));
            if (random.Next(20) == 0 && a.CanGiveTerminationNotice(effective.PlusDays(100), partner))
            {
                a = a.GiveTerminationNotice(effective.PlusDays(100), partner);
            }

            agreements[i] = a;
        }

        portfolio = new AgreementPortfolio(agreements);
        var expected = HandWrittenLoop();
        var actual = Portfolio();
        if (expected.Count == 0 || !expected.SequenceEqual(actual))
        {
            throw new InvalidOperationException($"The baseline found {expected.Count} deadlines and the portfolio {actual.Count}, or different ones: the two do not measure the same work.");
        }
    }

    /// <summary>
    /// The loop a portal developer writes by hand over the agreements' public terms, without the library's
    /// schedules: for every signed agreement that renews itself and was not under notice on the first day, step
    /// through its renewal dates as the Civil Code counts periods (the term from its fixed effective date, each renewal
    /// from the day after the previous period ends) and take the last day whose notice period, counted from the next
    /// day, has run by the end of each term. It reads <see cref="Agreement.Terms"/>, so it holds for agreements without
    /// explicit renewals or amendments after signing, as all of this data set's are.
    /// </summary>
    /// <returns>The deadlines, sorted as the portfolio sorts them.</returns>
    [Benchmark(Baseline = true)]
    public List<RenewalNoticeDeadline> HandWrittenLoop()
    {
        var found = new List<RenewalNoticeDeadline>();
        foreach (var a in agreements)
        {
            var t = a.Terms;
            if (t.AutomaticRenewal is not { } renewal || t.EffectiveDate is not { } effective || a.FullySignedOn is not { } signed || signed > From
                || (a.TerminationNoticeGivenOn is { } notice && notice <= From))
            {
                continue;
            }

            int stepMonths = (renewal.Years * 12) + renewal.Months;
            int stepDays = (renewal.Weeks * 7) + renewal.Days;
            int noticeMonths = (t.TerminationNotice.Years * 12) + t.TerminationNotice.Months;
            int noticeDays = (t.TerminationNotice.Weeks * 7) + t.TerminationNotice.Days;
            LocalDate renewsOn = LastDay(effective, (t.Term.Years * 12) + t.Term.Months, (t.Term.Weeks * 7) + t.Term.Days).PlusDays(1);
            for (; ; renewsOn = LastDay(renewsOn, stepMonths, stepDays).PlusDays(1))
            {
                if (renewsOn <= From)
                {
                    continue;
                }

                // The last day whose notice, counted from the next day, ends by the last day of the term.
                LocalDate expiry = renewsOn.PlusDays(-1);
                LocalDate deadline = expiry.PlusDays(-noticeDays).PlusMonths(-noticeMonths);
                while (LastDay(deadline.PlusDays(1), noticeMonths, noticeDays) > expiry)
                {
                    deadline = deadline.PlusDays(-1);
                }

                while (LastDay(deadline.PlusDays(2), noticeMonths, noticeDays) <= expiry)
                {
                    deadline = deadline.PlusDays(1);
                }

                if (deadline > To)
                {
                    break;
                }

                if (deadline >= From)
                {
                    found.Add(new RenewalNoticeDeadline(a.Id, deadline, renewsOn));
                }
            }
        }

        found.Sort(static (x, y) => x.Deadline != y.Deadline ? x.Deadline.CompareTo(y.Deadline) : string.CompareOrdinal(x.Agreement.Value, y.Agreement.Value));
        return found;
    }

    /// <summary>The portfolio query over its precomputed renewal schedules.</summary>
    /// <returns>The deadlines.</returns>
    [Benchmark]
    public IReadOnlyList<RenewalNoticeDeadline> Portfolio() => portfolio.RenewalNoticeDeadlinesWithin(From, To);

    // Civil Code Art. 160(2)-(3): the day before the corresponding day, or the last month's last day when it has none; then the days.
    private static LocalDate LastDay(LocalDate first, int months, int days)
    {
        LocalDate corresponding = first.PlusMonths(months);
        return months != 0 && corresponding.Day != first.Day ? corresponding.PlusDays(days) : corresponding.PlusDays(days - 1);
    }
}
