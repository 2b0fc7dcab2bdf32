using System;
using System.Linq;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.Organizations;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.EntityFrameworkCore.ReadModels;

/// <summary>The read-model rows of a record, computed from the record itself (never from other rows), so a rebuild can compare.</summary>
internal static class Projections
{
    public static AgreementSummary Of(AdministrativeDistrictCode district, Agreement a)
    {
        var row = new AgreementSummary
        {
            District = district,
            Id = a.Id,
            Kind = a.Kind,
            PurposeKorean = a.Purpose.Get("ko"),
            PurposeEnglish = a.Purpose.Get("en"),
            Parties = [.. a.Parties.Select((p, i) => new AgreementParty { District = district, Agreement = a.Id, Party = p, Position = i })],
            DraftedOn = a.DraftedOn,
            EffectiveDate = a.EffectiveDate,
            LastEventOn = a.History[^1].Date,
            Version = a.Version,
        };
        var last = AgreementStatus.Draft;
        foreach (var change in a.StatusChanges().Skip(1))
        {
            // The statuses follow one order, each at most once; a row answers a day's status from that order.
            if (Rank(change.Status) <= Rank(last))
            {
                throw new InvalidOperationException($"The agreement {a.Id} goes from {last} to {change.Status} on {change.From:uuuu-MM-dd}; a summary expects each status once, in order.");
            }

            last = change.Status;
            switch (change.Status)
            {
                case AgreementStatus.UnderNegotiation:
                    row.UnderNegotiationFrom = change.From;
                    break;
                case AgreementStatus.Signed:
                    row.SignedFrom = change.From;
                    break;
                case AgreementStatus.InForce:
                    row.InForceFrom = change.From;
                    break;
                default:
                    row.EndedFrom = change.From;
                    row.EndStatus = change.Status;
                    break;
            }
        }

        if (a.RenewalSchedule() is { } schedule)
        {
            row.RenewalOrigin = schedule.Origin;
            row.RenewalTermMonths = schedule.TermMonths;
            row.RenewalTermDays = schedule.TermDays;
            row.RenewalMonths = schedule.RenewalMonths;
            row.RenewalDays = schedule.RenewalDays;
            row.NoticeMonths = schedule.NoticeMonths;
            row.NoticeDays = schedule.NoticeDays;
            row.NoticeCounting = schedule.Counting;
        }

        return row;
    }

    public static OrganizationSummary Of(AdministrativeDistrictCode district, Organization o)
        => new()
        {
            District = district,
            Id = o.Id,
            NameKorean = o.Name.Get("ko"),
            NameEnglish = o.Name.Get("en"),
            Kind = o.Kind,
            Sector = o.Sector,
            Country = o.Country,
            Location = o.District,
        };

    public static FacilitySummary Of(AdministrativeDistrictCode district, Facility f)
        => new()
        {
            District = district,
            Id = f.Id,
            NameKorean = f.Name.Get("ko"),
            NameEnglish = f.Name.Get("en"),
            Kind = f.Kind,
            Operator = f.Operator,
            Location = f.Location,
            InsideZone = f.InsideZone,
            Capacity = f.Capacity,
            OpenedOn = f.OpenedOn,
            Tenancies = [.. f.Tenancies.Select((t, i) => new FacilityTenancy { District = district, Facility = f.Id, Position = i, Tenant = t.Tenant, FirstDay = t.Days.Start, LastDay = t.Days.End })],
            Version = f.Version,
        };

    public static FundSummary Of(AdministrativeDistrictCode district, Fund f)
        => new()
        {
            District = district,
            Id = f.Id,
            NameKorean = f.Name.Get("ko"),
            NameEnglish = f.Name.Get("en"),
            Manager = f.Manager,
            TargetAmount = f.TargetSize.Amount,
            Currency = f.TargetSize.Currency.Code,
            EstablishedOn = f.EstablishedOn,
            TermLastDay = f.TermDays.End!.Value,
            InvestmentPeriodLastDay = f.InvestmentPeriodDays?.End,
            Movements = [.. f.History.Skip(1).Where(e => e is not FundTermExtended).Select((e, i) => Movement(district, f.Id, i, e))],
            Version = f.Version,
        };

    private static FundMovement Movement(AdministrativeDistrictCode district, FundId fund, int position, FundEvent e)
    {
        var (counterpart, amount, proceeds) = e switch
        {
            FundCommitmentMade c => (c.Contributor.Value, c.Amount, (Money?)null),
            FundInvestmentMade i => (i.Company.ToString(), i.Amount, null),
            FundExitMade x => (x.Company.ToString(), x.Cost, x.Proceeds),
            FundDistributionMade d => (d.Contributor.Value, d.Amount, null),
            FundCapitalReturned r => (r.Contributor.Value, r.Amount, null),
            _ => throw new InvalidOperationException($"A fund summary does not know the event {EventTypes.NameOf(e)}."),
        };
        return new() { District = district, Fund = fund, Position = position, Date = e.Date, Kind = EventTypes.NameOf(e), Counterpart = counterpart, Amount = amount.Amount, Proceeds = proceeds?.Amount };
    }

    private static int Rank(AgreementStatus status) => status switch
    {
        AgreementStatus.Draft => 0,
        AgreementStatus.UnderNegotiation => 1,
        AgreementStatus.Signed => 2,
        AgreementStatus.InForce => 3,
        _ => 4,
    };
}
