using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>An exchange programme was opened: the first event of every programme.</summary>
[EventType("exchange-program.opened")]
public sealed record ExchangeProgramOpened : ExchangeProgramEvent
{
    /// <summary>Records the opening.</summary>
    /// <param name="program">The programme's id.</param>
    /// <param name="date">The day it opened: enrolments are recorded and participations begin from it on.</param>
    /// <param name="kind">Internship, homestay or volunteering.</param>
    /// <param name="title">The programme's title.</param>
    /// <param name="host">The partner that hosts the participants.</param>
    /// <param name="foundingAgreement">The agreement that founds it.</param>
    /// <param name="capacity">How many participants may take part on the same day; at least one.</param>
    /// <exception cref="System.ArgumentException">An id is default, the kind is not defined, the title is null or the capacity is less than one.</exception>
    public ExchangeProgramOpened(ExchangeProgramId program, LocalDate date, ExchangeProgramKind kind, LocalizedText title, OrganizationId host, AgreementId foundingAgreement, int capacity)
        : base(program, date)
    {
        Kind = Guard.Against.EnumOutOfRange(kind);
        Title = Guard.Against.Null(title);
        Host = Guard.Against.Default(host);
        FoundingAgreement = Guard.Against.Default(foundingAgreement);
        Capacity = Guard.Against.NegativeOrZero(capacity);
    }

    /// <summary>Internship, homestay or volunteering.</summary>
    public ExchangeProgramKind Kind { get; }

    /// <summary>The programme's title.</summary>
    public LocalizedText Title { get; }

    /// <summary>The partner that hosts the participants.</summary>
    public OrganizationId Host { get; }

    /// <summary>The agreement that founds it.</summary>
    public AgreementId FoundingAgreement { get; }

    /// <summary>How many participants may take part on the same day.</summary>
    public int Capacity { get; }
}
