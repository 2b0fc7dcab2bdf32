using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>A step in the life of a support programme, as a district stores it; the programme is the fold of its steps (<see cref="SupportProgram.Replay"/>).</summary>
public abstract record SupportProgramEvent : IDomainEvent<SupportProgramId>
{
    private protected SupportProgramEvent(SupportProgramId program, LocalDate date)
    {
        Program = Guard.Against.Default(program);
        Date = date;
    }

    /// <summary>The programme the step happened to.</summary>
    public SupportProgramId Program { get; }

    /// <summary>The day of the step.</summary>
    public LocalDate Date { get; }

    /// <inheritdoc/>
    SupportProgramId IDomainEvent<SupportProgramId>.AggregateId => Program;
}
