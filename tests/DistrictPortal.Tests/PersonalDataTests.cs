using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Reflection;
using System.Threading.Tasks;
using Gwanak.Innovation.Json;
using Gwanak.Innovation.Primitives;

namespace DistrictPortal.Tests;

/// <summary>
/// No person's name the district holds (every <see cref="PersonName"/>, a <see cref="PersonalDataAttribute"/> type: signatories,
/// delegation members, members acting for an organisation) appears in the API, the calendar feed or the open data.
/// </summary>
public sealed class PersonalDataTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    public static TheoryData<string> Addresses { get; } =
    [
        "/api/organizations",
        "/api/agreements?date=2024-07-11",
        "/api/agreements/mou-2023-gwanak-kaccoc/status?date=2024-07-11",
        "/api/agreements/mou-2023-kaccoc-gwanak-chambers/status?date=2024-07-11",
        "/api/scorecard?date=2023-08-23",
        "/openapi/v1.json",
        "/calendar.ics?from=2022-08-23&to=2025-08-22",
        "/calendar.ics?from=2022-08-23&to=2025-08-22&culture=en",
        "/open-data/organizations.csv",
        "/open-data/agreements.csv",
        "/open-data/facilities.csv",
        "/open-data/funds.csv",
        "/open-data/agreements.ocds.json",
        "/open-data/governance.popolo.json",
    ];

    [Fact]
    public void The_district_holds_names_to_keep_out()
    {
        // The check below means something only while the district holds names, in both languages.
        Assert.Contains("박준희", Names.Value);
        Assert.Contains("Park Jun-hee", Names.Value);
    }

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task No_name_appears_in_what_the_portal_publishes(string address)
    {
        using var response = await portal.CreateClient().GetAsync(address, TestContext.Current.CancellationToken);
        string body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(Names.Value, name => body.Contains(name, StringComparison.Ordinal));
    }

    // Every text of every person's name in the Gwanak document.
    private static readonly Lazy<IReadOnlyList<string>> Names = new(Collect);

    private static IReadOnlyList<string> Collect()
    {
        using var input = File.OpenRead(Path.Combine(Repository.Root, "data", "gwanak-2023.district.json"));
        var names = new HashSet<PersonName>();
        Walk(DistrictDocument.Read(input), names, new HashSet<object>(ReferenceEqualityComparer.Instance), []);
        return [.. names.SelectMany(n => n.Name.Cultures.Select(c => n.Name.Get(c))).Distinct(StringComparer.Ordinal)];
    }

    // The library's object graph, down to its names.
    private static void Walk(object? value, HashSet<PersonName> names, HashSet<object> seen, HashSet<object> seenValues)
    {
        if (value is null or string || value.GetType().IsPrimitive || value.GetType().IsEnum || !(value.GetType().IsValueType ? seenValues.Add(value) : seen.Add(value)))
        {
            return;
        }

        if (value is PersonName name)
        {
            names.Add(name);
            return;
        }

        if (value is IEnumerable items)
        {
            foreach (object? item in items)
            {
                Walk(item, names, seen, seenValues);
            }

            return;
        }

        if (value.GetType().Assembly != typeof(PersonName).Assembly)
        {
            return;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            Walk(property.GetValue(value), names, seen, seenValues);
        }
    }
}
