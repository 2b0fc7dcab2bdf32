using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>The district took up a support programme (for example, applied to Seoul Campus Town): the first event of every programme.</summary>
[EventType("support-program.launched")]
public sealed record ProgramLaunched : SupportProgramEvent
{
    /// <summary>Records a launch.</summary>
    /// <param name="program">The programme's id.</param>
    /// <param name="date">The day the district took the programme up.</param>
    /// <param name="name">The programme's name.</param>
    /// <param name="operatorId">The organisation that runs the programme (for Campus Town, the Seoul Metropolitan Government).</param>
    /// <exception cref="System.ArgumentException">An id is default or the name is null; the exception names the parameter.</exception>
    public ProgramLaunched(SupportProgramId program, LocalDate date, LocalizedText name, OrganizationId operatorId)
        : base(program, date)
    {
        Name = Guard.Against.Null(name);
        OperatorId = Guard.Against.Default(operatorId);
    }

    /// <summary>The programme's name.</summary>
    public LocalizedText Name { get; }

    /// <summary>The organisation that runs the programme.</summary>
    public OrganizationId OperatorId { get; }
}
