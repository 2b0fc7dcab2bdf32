using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Agreements;

/// <summary>The parties amended the agreement's terms or commitments.</summary>
[EventType("agreement.amended")]
public sealed record AgreementAmended : AgreementEvent
{
    /// <summary>Records an amendment.</summary>
    /// <param name="agreement">The agreement's id.</param>
    /// <param name="date">The day of the amendment.</param>
    /// <param name="summary">What it changes, in words.</param>
    /// <param name="terms">The terms from the amendment on.</param>
    /// <param name="commitments">The commitments from the amendment on.</param>
    /// <exception cref="System.ArgumentException">The id is default, or the summary, the terms or a commitment null.</exception>
    public AgreementAmended(AgreementId agreement, LocalDate date, LocalizedText summary, AgreementTerms terms, EquatableArray<Commitment> commitments)
        : base(agreement, date)
    {
        Summary = Guard.Against.Null(summary);
        Terms = Guard.Against.Null(terms);
        Commitments = Commitment.RequireAll(commitments, nameof(commitments));
    }

    /// <summary>What the amendment changes, in words.</summary>
    public LocalizedText Summary { get; }

    /// <summary>The terms from the amendment on.</summary>
    public AgreementTerms Terms { get; }

    /// <summary>The commitments from the amendment on.</summary>
    public EquatableArray<Commitment> Commitments { get; }
}
