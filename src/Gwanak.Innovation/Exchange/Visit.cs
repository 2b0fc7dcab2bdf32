using System;
using System.Linq;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>A delegation's visit to an organisation: where, when (local day and time), why, whom it met and what came of it.</summary>
public sealed record Visit
{
    private static readonly LocalTime Noon = new(12, 0);

    /// <summary>Creates a visit.</summary>
    /// <param name="organization">The organisation visited.</param>
    /// <param name="place">Where, with its zone.</param>
    /// <param name="date">The local day.</param>
    /// <param name="purpose">Why.</param>
    /// <param name="outcome">What came of it.</param>
    /// <param name="time">The local time it began, when known; noon is assumed otherwise.</param>
    /// <param name="peopleMet">The people met, if recorded.</param>
    /// <param name="followUps">What to do after it, if anything.</param>
    /// <exception cref="ArgumentException">The organisation is default, or a required value, a person met or a follow-up is null.</exception>
    /// <exception cref="DomainRuleException"><see cref="TripRules.FollowUpBeforeVisit"/>: a follow-up is due before the visit.</exception>
    public Visit(OrganizationId organization, Place place, LocalDate date, LocalizedText purpose, VisitOutcome outcome, LocalTime? time = null, EquatableArray<PersonInRole> peopleMet = default, EquatableArray<FollowUp> followUps = default)
    {
        Organization = Guard.Against.Default(organization);
        Place = Guard.Against.Null(place);
        Purpose = Guard.Against.Null(purpose);
        Outcome = Guard.Against.Null(outcome);
        Date = date;
        Time = time;
        PeopleMet = RequireAll(peopleMet, nameof(peopleMet));
        FollowUps = RequireAll(followUps, nameof(followUps));
        if (FollowUps.FirstOrDefault(f => f.Due < date) is { } early)
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
    public EquatableArray<PersonInRole> PeopleMet { get; }

    /// <summary>What to do after it.</summary>
    public EquatableArray<FollowUp> FollowUps { get; }

    /// <summary>When it began, on the clocks of its place (noon when no time is recorded).</summary>
    public ZonedDateTime LocalStart => Date.At(Time ?? Noon).InZoneLeniently(Place.Zone);

    private static EquatableArray<T> RequireAll<T>(EquatableArray<T> items, string name)
        where T : class
    {
        foreach (var item in items)
        {
            Guard.Against.Null(item, name);
        }

        return items;
    }
}
