using System;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Governance;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Ventures;
using Gwanak.Innovation.Zones;
using NodaTime;

namespace Gwanak.Innovation.Tests.Primitives;

/// <summary>
/// Every public record of the library keeps its invariants: no caller takes it apart with a generated
/// <c>Deconstruct</c> or builds a broken copy with <c>with { … }</c>. A record the library computes has no public
/// constructor; a record a portal builds and the model stores is checked by its constructor, whose parameters a
/// document reader binds by the names of the properties.
/// </summary>
public sealed class RecordContractTests
{
    private static readonly Type[] PublicRecords = [.. typeof(IDomainEvent).Assembly.GetExportedTypes()
        .Where(IsRecord)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)];

    public static TheoryData<Type> Computed =>
    [
        typeof(RenewalNoticeDeadline), typeof(ProgramRound), typeof(Tenancy), typeof(Participation), typeof(PartnershipGroup),
        typeof(TripLength), typeof(TripReportDay), typeof(TripReportEntry), typeof(GovernanceBalance), typeof(MembershipChange),
        typeof(DesignationCriteriaReport), typeof(IncentiveEligibility),
    ];

    public static TheoryData<object> UserBuilt =>
    [
        new VentureConfirmation(VentureConfirmationType.InnovativeGrowth, new LocalDate(2021, 3, 1)),
        PartnershipPolicy.FriendshipByResolution(new LocalDate(2024, 1, 1)),
        new Incentive(IncentiveKind.PropertyTaxReduction, 0.375m, new DateRange(new LocalDate(2022, 1, 1), new LocalDate(2023, 12, 31)), IncentiveRegion.Anywhere, true, "Restriction of Special Local Taxation Act Art. 58"),
        new CriterionResult("LOC-001", LocalizedText.Create("지역 조례 기준", "Local ordinance criterion"), false, "none", "at least 1", "Local ordinance Art. 3"),
    ];

    [Fact]
    public void The_public_records_are_found_classes_and_structs_alike()
    {
        Assert.Contains(typeof(Incentive), PublicRecords);
        Assert.Contains(typeof(TripLength), PublicRecords);
        Assert.Contains(typeof(RenewalNoticeDeadline), PublicRecords);
        Assert.Contains(typeof(DateRange), PublicRecords);
    }

    [Fact]
    public void No_public_record_has_a_deconstruct()
        => Assert.Empty(PublicRecords.Where(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance).Any(m => m.Name == "Deconstruct")).Select(t => t.FullName));

    [Fact]
    public void No_public_record_has_a_public_setter_or_init()
        => Assert.Empty(PublicRecords
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p.SetMethod is { IsPublic: true })
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}"));

    [Theory]
    [MemberData(nameof(Computed))]
    public void A_record_the_library_computes_has_no_public_constructor(Type type)
        => Assert.Empty(type.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Where(c => c.GetParameters().Length > 0).Select(c => c.ToString()));

    [Theory]
    [MemberData(nameof(UserBuilt))]
    public void A_record_a_portal_builds_is_copied_to_an_equal_value_through_its_constructor_by_property_names(object sample)
    {
        var type = sample.GetType();
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).ToDictionary(p => p.Name, StringComparer.Ordinal);
        var ctor = Assert.Single(type.GetConstructors());
        var parameters = ctor.GetParameters();

        // camelCase of the property names, each property once: what a document reader binds.
        Assert.Equal(properties.Keys.Order(StringComparer.Ordinal), parameters.Select(p => char.ToUpperInvariant(p.Name![0]) + p.Name[1..]).Order(StringComparer.Ordinal));
        var copy = ctor.Invoke([.. parameters.Select(p => properties[char.ToUpperInvariant(p.Name![0]) + p.Name[1..]].GetValue(sample))]);
        Assert.NotSame(sample, copy);
        Assert.Equal(sample, copy);
    }

    // A record class has the compiler's clone method; a record struct, the compiler's PrintMembers.
    private static bool IsRecord(Type type)
        => type.GetMethod("<Clone>$") is not null
            || (type.IsValueType && type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is { } print && print.IsDefined(typeof(CompilerGeneratedAttribute)));
}
