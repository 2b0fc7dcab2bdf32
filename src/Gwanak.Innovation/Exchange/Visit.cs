using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>A delegation's visit to an organisation: where, when (local day and time), why, whom it met and what came of it.</summary>
public sealed record Visit
{
    private static readonly LocalTime Noon = new(12, 0);
    private readonly ImmutableArray<PersonInRole> peopleMet;
    private readonly ImmutableArray<FollowUp> followUps;

    /// <summary>Creates a visit.</summary>
    /// <param name="organization">The organisation visited.</param>
    /// <param name="place">Where, with its zone.</param>
    /// <param name="date">The local day.</param>
    /// <param name="purpose">Why.</param>
    /// <param name="outcome">What came of it.</param>
    /// <param name="time">The local time it began, when known; noon is assumed otherwise.</param>
    /// <param name="peopleMet">The people met, if recorded.</param>
    /// <param name="followUps">What to do after it, if anything.</param>
    /// <exception cref="System.ArgumentNullException">A required value is null.</exception>
    /// <exception cref="DomainRuleException"><see cref="TripRules.FollowUpBeforeVisit"/>: a follow-up is due before the visit.</exception>
    public Visit(OrganizationId organization, Place place, LocalDate date, LocalizedText purpose, VisitOutcome outcome, LocalTime? time = null, IEnumerable<PersonInRole>? peopleMet = null, IEnumerable<FollowUp>? followUps = null)
    {
        Organization = organization;
        Place = Guard.Against.Null(place);
        Purpose = Guard.Against.Null(purpose);
        Outcome = Guard.Against.Null(outcome);
        Date = date;
        Time = time;
        this.peopleMet = [.. (peopleMet ?? []).Select(p => Guard.Against.Null(p, nameof(peopleMet)))];
        this.followUps = [.. (followUps ?? []).Select(f => Guard.Against.Null(f, nameof(followUps)))];
        if (this.followUps.FirstOrDefault(f => f.Due < date) is { } early)
        {
            throw new DomainRuleException(TripRules.FollowUpBeforeVisit, $"The follow-up '{early.Action.English}' of the visit to {organization} on {date:uuuu-MM-dd} is due on {early.Due:uuuu-MM-dd}, before the visit. A follow-up is due on or after the visit.");
        }
    }

    /// <summary>The organisation visited.</summary>
    public OrganizationId Organization { get; }

    /// <summary>Where.</summary>
    public Place Place { get; }

    /// <summary>The local day.</summary>
    public LocalDate Date { get; }

    /// <summary>The local time it began, when known.</summary>
    public LocalTime? Time { get; }

    /// <summary>Why.</summary>
    public LocalizedText Purpose { get; }

    /// <summary>What came of it.</summary>
    public VisitOutcome Outcome { get; }

    /// <summary>The people met.</summary>
    public IReadOnlyList<PersonInRole> PeopleMet => peopleMet;

    /// <summary>What to do after it.</summary>
    public IReadOnlyList<FollowUp> FollowUps => followUps;

    /// <summary>When it began, on the clocks of its place (noon when no time is recorded).</summary>
    public ZonedDateTime LocalStart => Date.At(Time ?? Noon).InZoneLeniently(Place.Zone);

    /// <summary>True when both visits have the same values, people met and follow-ups included.</summary>
    /// <param name="other">The other visit.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(Visit? other)
        => other is not null
            && Organization == other.Organization && Place == other.Place && Date == other.Date && Time == other.Time
            && Purpose.Equals(other.Purpose) && Outcome == other.Outcome
            && peopleMet.SequenceEqual(other.peopleMet) && followUps.SequenceEqual(other.followUps);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Organization, Place, Date, Time, Outcome, peopleMet.Length, followUps.Length);
}
