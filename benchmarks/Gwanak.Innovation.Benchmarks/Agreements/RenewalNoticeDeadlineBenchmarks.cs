using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Benchmarks.Agreements;

/// <summary>
/// "Renewal-notice deadlines in the next 90 days" over 100,000 agreements: the portfolio query against the
/// loop a portal developer would write over the agreements with the per-agreement query.
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
            var a = Agreement.Draft(new AgreementId($"mou-{i}"), AgreementKind.MemorandumOfUnderstanding, purpose, [gwanak, partner], [], AgreementBinding.NonBinding, terms, signed.PlusDays(-30))
                .StartNegotiation(signed.PlusDays(-10))
                .Sign(new Signature(gwanak, signatory, signed.At(new LocalTime(10, 0)).InZoneLeniently(seoul)))
                .Sign(new Signature(partner, signatory, signed.At(new LocalTime(11, 0)).InZoneLeniently(seoul)));
            if (random.Next(20) == 0 && a.CanGiveTerminationNotice(partner, effective.PlusDays(100)))
            {
                a = a.GiveTerminationNotice(partner, effective.PlusDays(100));
            }

            agreements[i] = a;
        }

        portfolio = new AgreementPortfolio(agreements);
    }

    /// <summary>The loop a developer writes without the portfolio: ask each agreement for its next deadlines.</summary>
    /// <returns>The deadlines, sorted as the portfolio sorts them.</returns>
    [Benchmark(Baseline = true)]
    public List<RenewalNoticeDeadline> HandWrittenLoop()
    {
        var found = new List<RenewalNoticeDeadline>();
        foreach (var a in agreements)
        {
            for (var next = a.NextRenewalNoticeDeadlineOn(From); next is { } n && n.Deadline <= To; next = a.NextRenewalNoticeDeadlineOn(n.Deadline.PlusDays(1)))
            {
                found.Add(n);
            }
        }

        found.Sort(static (x, y) => x.Deadline != y.Deadline ? x.Deadline.CompareTo(y.Deadline) : string.CompareOrdinal(x.Agreement.Value, y.Agreement.Value));
        return found;
    }

    /// <summary>The portfolio query over its precomputed renewal schedules.</summary>
    /// <returns>The deadlines.</returns>
    [Benchmark]
    public IReadOnlyList<RenewalNoticeDeadline> Portfolio() => portfolio.RenewalNoticeDeadlinesWithin(From, To);
}
