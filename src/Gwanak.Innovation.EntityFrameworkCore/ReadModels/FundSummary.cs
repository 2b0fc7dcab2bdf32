using System.Collections.Generic;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.EntityFrameworkCore.ReadModels;

/// <summary>A fund as its lists show it, with its dated movements, kept in the same transaction as its events.</summary>
public sealed class FundSummary
{
    internal FundSummary()
    {
    }

    /// <summary>The district.</summary>
    public AdministrativeDistrictCode District { get; internal set; }

    /// <summary>The fund's id.</summary>
    public FundId Id { get; internal set; }

    /// <summary>The name in Korean.</summary>
    public string NameKorean { get; internal set; } = string.Empty;

    /// <summary>The name in English.</summary>
    public string NameEnglish { get; internal set; } = string.Empty;

    /// <summary>The managing organisation.</summary>
    public OrganizationId Manager { get; internal set; }

    /// <summary>The target size, in <see cref="Currency"/>.</summary>
    public decimal TargetAmount { get; internal set; }

    /// <summary>The ISO 4217 currency of every amount of the fund.</summary>
    public string Currency { get; internal set; } = string.Empty;

    /// <summary>The day of establishment.</summary>
    public LocalDate EstablishedOn { get; internal set; }

    /// <summary>The last day of the term (존속기간), with every extension recorded.</summary>
    public LocalDate TermLastDay { get; internal set; }

    /// <summary>The last day of the investment period, or <see langword="null"/> when the fund states none.</summary>
    public LocalDate? InvestmentPeriodLastDay { get; internal set; }

    /// <summary>The movements of money (commitments, investments, exits, distributions, capital returned), in the order recorded.</summary>
    public ICollection<FundMovement> Movements { get; internal set; } = [];

    /// <summary>The number of events in its stream.</summary>
    public int Version { get; internal set; }
}
