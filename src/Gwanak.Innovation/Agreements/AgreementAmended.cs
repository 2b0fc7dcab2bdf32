using System;
using System.Collections.Generic;
using System.Linq;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Agreements;

/// <summary>The parties amended the agreement's terms or commitments.</summary>
public sealed record AgreementAmended : AgreementEvent
{
    internal AgreementAmended(LocalDate date, LocalizedText summary, AgreementTerms terms, IReadOnlyList<Commitment> commitments)
        : base(date)
    {
        Summary = summary;
        Terms = terms;
        Commitments = commitments;
    }

    /// <summary>What the amendment changes, in words.</summary>
    public LocalizedText Summary { get; }

    /// <summary>The terms from the amendment on.</summary>
    public AgreementTerms Terms { get; }

    /// <summary>The commitments from the amendment on.</summary>
    public IReadOnlyList<Commitment> Commitments { get; }

    /// <summary>True when the other event records the same amendment.</summary>
    /// <param name="other">The other event.</param>
    /// <returns><see langword="true"/> when equal, comparing the commitments item by item.</returns>
    public bool Equals(AgreementAmended? other)
        => other is not null && Date == other.Date && Summary.Equals(other.Summary) && Terms.Equals(other.Terms)
           && Commitments.SequenceEqual(other.Commitments);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, Summary, Terms, Commitments.Count);

    /// <summary>One line of a timeline.</summary>
    /// <returns>The date and the summary.</returns>
    public override string ToString() => $"{Day}  amended: {Summary.English}; {Terms}; {Commitments.Count} commitment(s)";
}
