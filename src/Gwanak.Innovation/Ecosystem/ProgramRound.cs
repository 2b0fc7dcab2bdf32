using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ecosystem;

/// <summary>
/// A round of a support programme the district was selected for, with its participants, as
/// <see cref="SupportProgram.Rounds"/> reports it; two rounds are equal when they hold the same participants in the
/// same order.
/// </summary>
public sealed record ProgramRound
{
    internal ProgramRound(int number, LocalDate selectedOn, DateRange period, EquatableArray<OrganizationId> organizations, EquatableArray<BusinessRegistrationNumber> companies)
    {
        Number = number;
        SelectedOn = selectedOn;
        Period = period;
        Organizations = organizations;
        Companies = companies;
    }

    /// <summary>The round number.</summary>
    public int Number { get; }

    /// <summary>The selection day.</summary>
    public LocalDate SelectedOn { get; }

    /// <summary>The days the round runs.</summary>
    public DateRange Period { get; }

    /// <summary>The participating organisations, in the order they joined.</summary>
    public EquatableArray<OrganizationId> Organizations { get; }

    /// <summary>The participating companies, in the order they joined.</summary>
    public EquatableArray<BusinessRegistrationNumber> Companies { get; }
}
