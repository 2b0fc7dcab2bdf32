using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>The district was selected for a round of the programme.</summary>
[EventType("support-program.round-selected")]
public sealed record ProgramRoundSelected : SupportProgramEvent
{
    /// <summary>Records a selection.</summary>
    /// <param name="program">The programme's id.</param>
    /// <param name="date">The selection day.</param>
    /// <param name="number">The round number (1, 2, ...).</param>
    /// <param name="period">The days the round runs.</param>
    /// <exception cref="System.ArgumentException">The id is default or the number is not positive.</exception>
    public ProgramRoundSelected(SupportProgramId program, LocalDate date, int number, DateRange period)
        : base(program, date)
    {
        Number = Guard.Against.NegativeOrZero(number);
        Period = period;
    }

    /// <summary>The round number.</summary>
    public int Number { get; }

    /// <summary>The days the round runs.</summary>
    public DateRange Period { get; }
}
