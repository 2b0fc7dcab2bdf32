using System;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>An organisation or a company joined a round; exactly one of the two is given.</summary>
[EventType("support-program.participant-joined")]
public sealed record ProgramParticipantJoined : SupportProgramEvent
{
    /// <summary>Records a participant joining.</summary>
    /// <param name="program">The programme's id.</param>
    /// <param name="date">The day it joined.</param>
    /// <param name="round">The round number.</param>
    /// <param name="organization">The participating organisation (a university, a partner), or <see langword="null"/> for a company.</param>
    /// <param name="company">The participating company, or <see langword="null"/> for an organisation.</param>
    /// <exception cref="ArgumentException">The id or the participant is default, both or neither participant is given, or the round number is not positive.</exception>
    public ProgramParticipantJoined(SupportProgramId program, LocalDate date, int round, OrganizationId? organization, BusinessRegistrationNumber? company)
        : base(program, date)
    {
        Round = Guard.Against.NegativeOrZero(round);
        if (organization is null == company is null)
        {
            throw new ArgumentException("A participant is either an organisation or a company: give exactly one of them.", nameof(organization));
        }

        Organization = organization is { } o ? Guard.Against.Default(o, nameof(organization)) : null;
        Company = company is { } c ? Guard.Against.Default(c, nameof(company)) : null;
    }

    /// <summary>The round number.</summary>
    public int Round { get; }

    /// <summary>The participating organisation, or <see langword="null"/> for a company.</summary>
    public OrganizationId? Organization { get; }

    /// <summary>The participating company, or <see langword="null"/> for an organisation.</summary>
    public BusinessRegistrationNumber? Company { get; }
}
