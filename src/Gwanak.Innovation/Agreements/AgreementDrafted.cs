using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Agreements;

/// <summary>The text of an agreement was drafted: the first event of every agreement.</summary>
[EventType("agreement.drafted")]
public sealed record AgreementDrafted : AgreementEvent
{
    /// <summary>Records a draft.</summary>
    /// <param name="agreement">The agreement's id.</param>
    /// <param name="date">The day of drafting.</param>
    /// <param name="kind">The kind of agreement.</param>
    /// <param name="purpose">The purpose, for example <c>관내 기업의 미국 통상 활동 상호협력</c>.</param>
    /// <param name="parties">The parties, each once, in the order the text lists them.</param>
    /// <param name="commitments">What each party undertakes.</param>
    /// <param name="binding">Whether and where it binds.</param>
    /// <param name="terms">The time terms.</param>
    /// <exception cref="ArgumentException">
    /// The id or a party is default, the kind undefined, a party listed twice, a commitment or another argument null.
    /// </exception>
    public AgreementDrafted(AgreementId agreement, LocalDate date, AgreementKind kind, LocalizedText purpose, EquatableArray<OrganizationId> parties, EquatableArray<Commitment> commitments, AgreementBinding binding, AgreementTerms terms)
        : base(agreement, date)
    {
        Kind = Guard.Against.EnumOutOfRange(kind);
        Purpose = Guard.Against.Null(purpose);
        foreach (var party in parties.AsSpan())
        {
            if (party == default)
            {
                throw new ArgumentException("A party id is missing (default).", nameof(parties));
            }
        }

        if (Repeats.FirstRepeated(parties.AsSpan()) >= 0)
        {
            throw new ArgumentException($"A party is listed twice: {string.Join(", ", parties)}.", nameof(parties));
        }

        Parties = parties;
        Commitments = Commitment.RequireAll(commitments, nameof(commitments));
        Binding = Guard.Against.Null(binding);
        Terms = Guard.Against.Null(terms);
    }

    /// <summary>The kind of agreement.</summary>
    public AgreementKind Kind { get; }

    /// <summary>The purpose.</summary>
    public LocalizedText Purpose { get; }

    /// <summary>The parties, in the order the text lists them.</summary>
    public EquatableArray<OrganizationId> Parties { get; }

    /// <summary>The commitments.</summary>
    public EquatableArray<Commitment> Commitments { get; }

    /// <summary>Whether and where it binds.</summary>
    public AgreementBinding Binding { get; }

    /// <summary>The time terms.</summary>
    public AgreementTerms Terms { get; }
}
