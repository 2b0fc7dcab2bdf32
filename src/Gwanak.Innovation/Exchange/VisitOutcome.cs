using System;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Exchange;

/// <summary>What came of a visit: its kind, in words, and the agreement signed when one was.</summary>
public sealed record VisitOutcome
{
    /// <summary>Creates an outcome.</summary>
    /// <param name="kind">The kind of outcome.</param>
    /// <param name="summary">The outcome in words.</param>
    /// <param name="agreement">The agreement signed: given for <see cref="VisitOutcomeKind.AgreementSigned"/> and for no other kind.</param>
    /// <exception cref="ArgumentException">
    /// The kind is undefined, the summary is null, or the agreement is missing (or default) for an agreement signed, or given for another kind.
    /// </exception>
    public VisitOutcome(VisitOutcomeKind kind, LocalizedText summary, AgreementId? agreement = null)
    {
        Kind = Guard.Against.EnumOutOfRange(kind);
        Summary = Guard.Against.Null(summary);
        if (kind == VisitOutcomeKind.AgreementSigned)
        {
            Agreement = agreement is { } id && id != default
                ? id
                : throw new ArgumentException("An outcome of an agreement signed names the agreement.", nameof(agreement));
        }
        else
        {
            Agreement = agreement is null
                ? null
                : throw new ArgumentException($"Only an outcome of an agreement signed names an agreement; this one is {kind}.", nameof(agreement));
        }
    }

    /// <summary>The kind of outcome.</summary>
    public VisitOutcomeKind Kind { get; }

    /// <summary>The outcome in words.</summary>
    public LocalizedText Summary { get; }

    /// <summary>The agreement signed, for <see cref="VisitOutcomeKind.AgreementSigned"/>.</summary>
    public AgreementId? Agreement { get; }

    /// <summary>An agreement was signed.</summary>
    /// <param name="agreement">The agreement's id.</param>
    /// <param name="summary">What it promises, in words.</param>
    /// <returns>The outcome.</returns>
    public static VisitOutcome AgreementSigned(AgreementId agreement, LocalizedText summary) => new(VisitOutcomeKind.AgreementSigned, summary, agreement);

    /// <summary>A tie was discussed or advanced.</summary>
    /// <param name="summary">What was agreed in words.</param>
    /// <returns>The outcome.</returns>
    public static VisitOutcome TieDiscussed(LocalizedText summary) => new(VisitOutcomeKind.TieDiscussed, summary, null);

    /// <summary>Practice was studied.</summary>
    /// <param name="summary">What was learned.</param>
    /// <returns>The outcome.</returns>
    public static VisitOutcome StudyVisit(LocalizedText summary) => new(VisitOutcomeKind.StudyVisit, summary, null);

    /// <summary>An official courtesy call.</summary>
    /// <param name="summary">What it achieved.</param>
    /// <returns>The outcome.</returns>
    public static VisitOutcome CourtesyCall(LocalizedText summary) => new(VisitOutcomeKind.CourtesyCall, summary, null);
}
