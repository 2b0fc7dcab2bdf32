using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsCheck;
using Gwanak.Innovation.Districts;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Testing;

namespace Gwanak.Innovation.Json.Tests;

/// <summary>
/// A document written as open data (<c>omitPersonalData: true</c>) holds no value of any member marked
/// <see cref="PersonalDataAttribute"/> (or of a type so marked), found by walking what the district stores; the names are
/// in the full document, so the search would find them, and the open document still reads.
/// </summary>
public sealed class PersonalDataTests
{
    [Fact]
    public void No_personal_data_leaves_a_generated_district_written_as_open_data()
        => DistrictGen.Districts.Sample(LeavesNoPersonalData);

    [Fact]
    public void No_personal_data_leaves_the_gwanak_district_written_as_open_data()
    {
        using var file = File.OpenRead(DataDocumentTests.DataFile("gwanak-2023.district.json"));
        var gwanak = DistrictDocument.Read(file);
        Assert.NotEmpty(PersonalValues(gwanak));
        LeavesNoPersonalData(gwanak);
    }

    [Fact]
    public void Every_personal_data_member_of_the_library_is_stored_and_walked()
    {
        var marked = typeof(IDomainEvent).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(IsPersonal)
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .ToHashSet();
        var walked = StoredShape.AllStoredTypes().Where(StoredShape.IsComposite)
            .SelectMany(StoredShape.StoredProperties)
            .Where(IsPersonal)
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .ToHashSet();
        Assert.NotEmpty(marked);
        Assert.Subset(walked, marked);
    }

    [Fact]
    public void Two_people_stay_two_in_open_data()
        => DistrictGen.Districts.Sample(district =>
        {
            var open = DistrictDocument.Parse(DistrictDocument.ToJson(district, omitPersonalData: true));
            Assert.Equal(DistinctNames(district), DistinctNames(open));
            Assert.All(PersonalValues(open), v => Assert.StartsWith(PersonName.Redacted[..^1], v, StringComparison.Ordinal));
        });

    private static void LeavesNoPersonalData(InnovationDistrict district)
    {
        string full = DistrictDocument.ToJson(district);
        string open = DistrictDocument.ToJson(district, omitPersonalData: true);
        foreach (string value in PersonalValues(district))
        {
            string written = JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString();
            Assert.Contains(written, full, StringComparison.Ordinal);
            Assert.DoesNotContain(written, open, StringComparison.Ordinal);
            Assert.DoesNotContain(value, open, StringComparison.Ordinal);
        }
    }

    private static int DistinctNames(InnovationDistrict district)
        => StoredShape.Walk(district).Where(w => w.Value is PersonName).Select(w => w.Value).Distinct().Count();

    /// <summary>Every text a member marked as personal data holds, anywhere in what the district stores.</summary>
    private static IReadOnlyList<string> PersonalValues(InnovationDistrict district)
        => [.. StoredShape.Walk(district)
            .Where(w => w.Value is not System.Collections.IEnumerable || w.Value is string)
            .Where(w => (w.Member is { } m && IsPersonal(m)) || Attribute.IsDefined(w.Value.GetType(), typeof(PersonalDataAttribute)))
            .SelectMany(w => w.Value switch
            {
                PersonName name => name.Name.Cultures.Select(name.Name.Get),
                string text => [text],
                _ => throw new InvalidOperationException($"{w.Member?.Name} holds personal data as a {w.Value.GetType().Name}: teach this test to read it."),
            })
            .Distinct()];

    private static bool IsPersonal(PropertyInfo property)
        => Attribute.IsDefined(property, typeof(PersonalDataAttribute)) || Attribute.IsDefined(StoredShape.Stored(property.PropertyType), typeof(PersonalDataAttribute));
}
