using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.EntityFrameworkCore.ReadModels;

/// <summary>A movement of money of a summarised fund: a commitment, an investment, an exit, a distribution or capital returned.</summary>
public sealed class FundMovement
{
    internal FundMovement()
    {
    }

    /// <summary>The district.</summary>
    public AdministrativeDistrictCode District { get; internal set; }

    /// <summary>The fund.</summary>
    public FundId Fund { get; internal set; }

    /// <summary>The place of the movement in the order recorded, from 0.</summary>
    public int Position { get; internal set; }

    /// <summary>The day.</summary>
    public LocalDate Date { get; internal set; }

    /// <summary>The stable type name of the event it comes from, for example <c>fund.investment-made</c>.</summary>
    public string Kind { get; internal set; } = string.Empty;

    /// <summary>The contributor (commitment, distribution, capital returned) or the company (investment, exit), as text.</summary>
    public string Counterpart { get; internal set; } = string.Empty;

    /// <summary>The amount, in the fund's currency, positive: committed, invested, distributed or returned; for an exit, the holding exited at cost.</summary>
    public decimal Amount { get; internal set; }

    /// <summary>For an exit, the money received (zero for a write-off); otherwise <see langword="null"/>.</summary>
    public decimal? Proceeds { get; internal set; }
}
