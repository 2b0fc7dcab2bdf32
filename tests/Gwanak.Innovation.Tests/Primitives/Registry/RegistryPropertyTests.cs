using System.Linq;
using CsCheck;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Tests.Primitives.Registry;

/// <summary>Properties of the days in the registry, over every day it records.</summary>
public sealed class RegistryPropertyTests
{
    private static readonly AdministrativeDistrictRegistry Builtin = AdministrativeDistrictRegistry.Builtin;
    private static readonly AdministrativeDistrict[] Entries = [.. Builtin.Districts];
    private static readonly Gen<LocalDate> Days = Gen.Int[0, 365 * 20].Select(d => AdministrativeDistrictRegistry.RecordedSince.PlusDays(d));

    [Fact]
    public void On_any_day_a_code_names_at_most_one_district()
        => Days.Sample(date => Entries.Where(d => d.IsValidOn(date)).GroupBy(d => d.Code).All(g => g.Count() == 1), iter: 200);

    [Fact]
    public void On_any_day_GetOn_answers_exactly_for_the_entries_valid_that_day()
        => Days.Select(Gen.Int[0, Entries.Length - 1]).Sample((date, i) =>
            Builtin.TryGetOn(Entries[i].Code, date, out var found) == Entries.Any(d => d.Code == Entries[i].Code && d.IsValidOn(date))
            && (found is null || found.IsValidOn(date)), iter: 500);

    [Fact]
    public void On_any_day_every_district_in_force_has_its_parent_in_force()
        => Days.Sample(date => Entries.Where(d => d.IsValidOn(date) && d.Parent is not null).All(d => Builtin.TryGetOn(d.Parent!.Value, date, out _)), iter: 200);
}
