using System;
using System.Collections.Generic;
using System.Linq;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Agreements;

/// <summary>The first event of every agreement: its text was drafted.</summary>
public sealed record AgreementDrafted : AgreementEvent
{
    internal AgreementDrafted(LocalDate date, AgreementId agreement, AgreementKind kind, LocalizedText purpose, IReadOnlyList<OrganizationId> parties, IReadOnlyList<Commitment> commitments, AgreementBinding binding, AgreementTerms terms)
        : base(date)
    {
        Agreement = agreement;
        Kind = kind;
        Purpose = purpose;
        Parties = parties;
        Commitments = commitments;
        Binding = binding;
        Terms = terms;
    }

    /// <summary>The agreement's id.</summary>
    public AgreementId Agreement { get; }

    /// <summary>The kind of agreement.</summary>
    public AgreementKind Kind { get; }

    /// <summary>The purpose.</summary>
    public LocalizedText Purpose { get; }

    /// <summary>The parties.</summary>
    public IReadOnlyList<OrganizationId> Parties { get; }

    /// <summary>The commitments.</summary>
    public IReadOnlyList<Commitment> Commitments { get; }

    /// <summary>Whether and where it binds.</summary>
    public AgreementBinding Binding { get; }

    /// <summary>The time terms.</summary>
    public AgreementTerms Terms { get; }

    /// <summary>True when the other event records the same draft.</summary>
    /// <param name="other">The other event.</param>
    /// <returns><see langword="true"/> when equal, comparing the lists item by item.</returns>
    public bool Equals(AgreementDrafted? other)
        => other is not null && Date == other.Date && Agreement == other.Agreement && Kind == other.Kind
           && Purpose.Equals(other.Purpose) && Parties.SequenceEqual(other.Parties)
           && Commitments.SequenceEqual(other.Commitments) && Binding.Equals(other.Binding) && Terms.Equals(other.Terms);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, Agreement, Kind, Parties.Count, Commitments.Count);

    /// <summary>One line of a timeline.</summary>
    /// <returns>The date and what was drafted.</returns>
    public override string ToString()
        => $"{Day}  drafted {Kind} {Agreement} between {string.Join(", ", Parties)}; {Binding}; {Terms}; {Commitments.Count} commitment(s)";
}
