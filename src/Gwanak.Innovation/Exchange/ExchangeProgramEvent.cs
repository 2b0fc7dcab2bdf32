using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>A step in the life of an exchange programme, as a district stores it; the programme is the fold of its steps (<see cref="ExchangeProgram.Replay"/>).</summary>
public abstract record ExchangeProgramEvent : IDomainEvent<ExchangeProgramId>
{
    private protected ExchangeProgramEvent(ExchangeProgramId program, LocalDate date)
    {
        Program = Guard.Against.Default(program);
        Date = date;
    }

    /// <summary>The programme the step happened to.</summary>
    public ExchangeProgramId Program { get; }

    /// <summary>The day the step was recorded.</summary>
    public LocalDate Date { get; }

    /// <inheritdoc/>
    ExchangeProgramId IDomainEvent<ExchangeProgramId>.AggregateId => Program;
}
