using System;
using System.Globalization;
using System.Linq;

namespace Gwanak.Innovation.EntityFrameworkCore.ReadModels;

/// <summary>Each read-model row in one line of text, so a rebuild can compare stored and recomputed rows and say how they differ.</summary>
internal static class ReadModelText
{
    public static string Of(AgreementSummary a)
        => Invariant($"{a.Kind} '{a.PurposeKorean}' '{a.PurposeEnglish}' parties {string.Join(",", a.Parties.OrderBy(p => p.Position).Select(p => p.Party))} drafted {a.DraftedOn} effective {a.EffectiveDate} negotiation {a.UnderNegotiationFrom} signed {a.SignedFrom} in force {a.InForceFrom} ended {a.EndedFrom} {a.EndStatus} last {a.LastEventOn} version {a.Version} renewals {a.RenewalOrigin} {a.RenewalTermMonths}/{a.RenewalTermDays} {a.RenewalMonths}/{a.RenewalDays} notice {a.NoticeMonths}/{a.NoticeDays} {a.NoticeCounting}");

    public static string Of(OrganizationSummary o)
        => Invariant($"'{o.NameKorean}' '{o.NameEnglish}' {o.Kind} {o.Sector} {o.Country} {o.Location}");

    public static string Of(FacilitySummary f)
        => Invariant($"'{f.NameKorean}' '{f.NameEnglish}' {f.Kind} {f.Operator} {f.Location} {f.InsideZone} {f.Capacity} {f.OpenedOn} version {f.Version} tenancies {string.Join(",", f.Tenancies.OrderBy(t => t.Position).Select(t => $"{t.Tenant} {t.FirstDay}..{t.LastDay}"))}");

    public static string Of(FundSummary f)
        => Invariant($"'{f.NameKorean}' '{f.NameEnglish}' {f.Manager} {Amount(f.TargetAmount)} {f.Currency} {f.EstablishedOn} term {f.TermLastDay} investing {f.InvestmentPeriodLastDay} version {f.Version} movements {string.Join(",", f.Movements.OrderBy(m => m.Position).Select(m => $"{m.Date} {m.Kind} {m.Counterpart} {Amount(m.Amount)} {(m.Proceeds is { } proceeds ? Amount(proceeds) : "")}"))}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    // An amount without the trailing zeros of its scale: SQLite keeps a decimal as text and gives 6000000000 back as
    // 6000000000.0, an equal amount that must read the same.
    private static string Amount(decimal amount) => amount.ToString("G29", CultureInfo.InvariantCulture);
}
