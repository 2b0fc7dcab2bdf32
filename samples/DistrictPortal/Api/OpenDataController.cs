using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsvHelper;
using DistrictPortal.Portal;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.EntityFrameworkCore;
using Gwanak.Innovation.Primitives;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;

namespace DistrictPortal.Api;

/// <summary>
/// The district's registers as open data: a CSV file per register (UTF-8 with a byte-order mark, so that Korean spreadsheet
/// programs read it as UTF-8), the agreements as an OCDS release package and the governance bodies as Popolo JSON. No
/// personal data is written: signatories' and members' names stay out.
/// </summary>
[ApiController]
[Route("open-data")]
public sealed class OpenDataController(PortalDistrict district, DistrictStore store, DistrictSnapshots snapshots, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : ControllerBase
{
    /// <summary>The registers published as CSV, by file name.</summary>
    public static readonly IReadOnlyList<string> Registers = ["organizations", "agreements", "facilities", "funds"];

    /// <summary>One register as CSV.</summary>
    /// <param name="register">organizations, agreements, facilities or funds.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("{register}.csv")]
    public async Task<IActionResult> CsvAsync(string register, CancellationToken cancellationToken)
    {
        byte[]? csv = register switch
        {
            "organizations" => Csv((await store.Organizations.ToListAsync(cancellationToken)).OrderBy(o => o.Id.Value, StringComparer.Ordinal)
                .Select(o => new OrganizationRow { Id = o.Id.Value, NameKorean = o.NameKorean, NameEnglish = o.NameEnglish, Kind = Name(o.Kind), Sector = Name(o.Sector), Country = o.Country, Location = o.Location?.ToString() })),
            "agreements" => Csv((await store.Agreements.Include(a => a.Parties).ToListAsync(cancellationToken)).OrderBy(a => a.Id.Value, StringComparer.Ordinal)
                .Select(a => new AgreementRow { Id = a.Id.Value, Kind = Name(a.Kind), PurposeKorean = a.PurposeKorean, PurposeEnglish = a.PurposeEnglish, Parties = string.Join(';', a.Parties.OrderBy(p => p.Position).Select(p => p.Party.Value)), DraftedOn = Iso(a.DraftedOn)!, EffectiveDate = Iso(a.EffectiveDate), InForceFrom = Iso(a.InForceFrom), EndedFrom = Iso(a.EndedFrom), EndStatus = a.EndStatus is { } s ? Name(s) : null })),
            "facilities" => Csv((await store.Facilities.ToListAsync(cancellationToken)).OrderBy(f => f.Id.Value, StringComparer.Ordinal)
                .Select(f => new FacilityRow { Id = f.Id.Value, NameKorean = f.NameKorean, NameEnglish = f.NameEnglish, Kind = Name(f.Kind), Operator = f.Operator.Value, Location = f.Location.ToString(), InsideZone = f.InsideZone, Capacity = f.Capacity, OpenedOn = Iso(f.OpenedOn)! })),
            "funds" => Csv((await store.Funds.ToListAsync(cancellationToken)).OrderBy(f => f.Id.Value, StringComparer.Ordinal)
                .Select(f => new FundRow { Id = f.Id.Value, NameKorean = f.NameKorean, NameEnglish = f.NameEnglish, Manager = f.Manager.Value, TargetAmount = f.TargetAmount, Currency = f.Currency, EstablishedOn = Iso(f.EstablishedOn)!, TermLastDay = Iso(f.TermLastDay)!, InvestmentPeriodLastDay = Iso(f.InvestmentPeriodLastDay) })),
            _ => null,
        };
        return csv is null
            ? Problem(statusCode: StatusCodes.Status404NotFound, detail: $"There is no register '{register}': the registers are {string.Join(", ", Registers)}.")
            : File(csv, "text/csv; charset=utf-8", $"{district.Code}-{register}.csv");
    }

    /// <summary>The agreements as an OCDS 1.1 release package: one release per agreement, its contract's status today.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("agreements.ocds.json")]
    public async Task<IActionResult> OcdsAsync(CancellationToken cancellationToken)
    {
        var snapshot = await snapshots.GetAsync(store, cancellationToken);
        var today = district.Today;
        var published = district.Clock.GetCurrentInstant();
        var releases = new JsonArray();
        foreach (var agreement in snapshot.Agreements.Where(a => a.DraftedOn <= today).OrderBy(a => a.Id.Value, StringComparer.Ordinal))
        {
            var status = agreement.StatusOn(today);
            var parties = new JsonArray([.. agreement.Parties.Select(p => (JsonNode)new JsonObject
            {
                ["id"] = p.Value,
                ["name"] = snapshot.FindOrganization(p)?.Name.English ?? p.Value,
                ["roles"] = new JsonArray("interestedParty"),
            })]);
            var period = new JsonObject();
            if (agreement.EffectiveDate is { } start)
            {
                period["startDate"] = Iso(start);
            }

            if (agreement.ExpiryDateOn(today) is { } end)
            {
                period["endDate"] = Iso(end);
            }

            var contract = new JsonObject
            {
                ["id"] = agreement.Id.Value,
                ["title"] = agreement.Purpose.English,
                ["description"] = agreement.Purpose.Korean,
                ["status"] = OcdsContractStatus.Code(status),
                ["period"] = period,
            };
            if (agreement.FullySignedOn is { } signed)
            {
                contract["dateSigned"] = Iso(signed);
            }

            releases.Add(new JsonObject
            {
                ["ocid"] = $"ocds-{district.Code}-{agreement.Id}",
                ["id"] = $"{agreement.Id}-{Iso(today)}",
                ["date"] = InstantPattern.General.Format(published),
                ["tag"] = new JsonArray("contract"),
                ["initiationType"] = "tender",
                ["language"] = "en",
                ["parties"] = parties,
                ["contracts"] = new JsonArray(contract),
            });
        }

        var package = new JsonObject
        {
            ["uri"] = $"{Request.Scheme}://{Request.Host}/open-data/agreements.ocds.json",
            ["version"] = "1.1",
            ["publishedDate"] = InstantPattern.General.Format(published),
            ["publisher"] = new JsonObject { ["name"] = district.Name.English },
            ["releases"] = releases,
        };
        return Content(package.ToJsonString(Written), "application/json; charset=utf-8");
    }

    /// <summary>The governance bodies as Popolo JSON: the bodies and their member organisations, posts and memberships (no persons).</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("governance.popolo.json")]
    public async Task<IActionResult> PopoloAsync(CancellationToken cancellationToken)
    {
        var snapshot = await snapshots.GetAsync(store, cancellationToken);
        var organizations = new JsonArray();
        var posts = new JsonArray();
        var memberships = new JsonArray();
        var members = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var body in snapshot.GovernanceBodies.OrderBy(b => b.Id.Value, StringComparer.Ordinal))
        {
            organizations.Add(new JsonObject
            {
                ["id"] = body.Id.Value,
                ["name"] = body.Name.Korean,
                ["other_names"] = new JsonArray(new JsonObject { ["name"] = body.Name.English, ["note"] = "en" }),
                ["classification"] = "governance body",
                ["founding_date"] = Iso(body.EstablishedOn),
            });
            foreach (var post in body.Posts)
            {
                posts.Add(new JsonObject { ["id"] = $"{body.Id}/{post.Key}", ["label"] = post.Label.Korean, ["organization_id"] = body.Id.Value });
            }

            foreach (var (membership, index) in body.Memberships.Select((m, i) => (m, i)))
            {
                members.Add(membership.Organization.Value);
                var item = new JsonObject
                {
                    ["id"] = $"{body.Id}/membership/{index + 1}",
                    ["organization_id"] = body.Id.Value,
                    ["member"] = new JsonObject { ["@type"] = "Organization", ["id"] = membership.Organization.Value },
                    ["role"] = membership.Role.Korean,
                    ["start_date"] = Iso(membership.Period.Start),
                };
                if (membership.Period.End is { } end)
                {
                    item["end_date"] = Iso(end);
                }

                if (membership.PostKey is { } key)
                {
                    item["post_id"] = $"{body.Id}/{key}";
                }

                memberships.Add(item);
            }
        }

        foreach (string id in members)
        {
            var organization = snapshot.FindOrganization(new OrganizationId(id));
            organizations.Add(new JsonObject
            {
                ["id"] = id,
                ["name"] = organization?.Name.Korean ?? id,
                ["other_names"] = organization is null ? new JsonArray() : new JsonArray(new JsonObject { ["name"] = organization.Name.English, ["note"] = "en" }),
                ["classification"] = organization is null ? null : Name(organization.Sector),
            });
        }

        var document = new JsonObject { ["organizations"] = organizations, ["posts"] = posts, ["memberships"] = memberships, ["persons"] = new JsonArray() };
        return Content(document.ToJsonString(Written), "application/json; charset=utf-8");
    }

    // A header row and a row per record, UTF-8 with a byte-order mark.
    private static byte[] Csv<T>(IEnumerable<T> rows)
    {
        using var buffer = new MemoryStream();
        using (var writer = CsvWriter.Create(buffer, new CsvWriterOptions { WriteByteOrderMark = true, FormatProvider = CultureInfo.InvariantCulture }, true))
        {
            writer.WriteRecords(rows);
        }

        return buffer.ToArray();
    }

    private static readonly JsonSerializerOptions Written = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // An enum of the library by the name the JSON package writes (kebab case), so a CSV and the API name it alike.
    private string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum
        => JsonSerializer.Serialize(value, json.Value.SerializerOptions).Trim('"');

    private static string? Iso(LocalDate? date) => date is { } d ? LocalDatePattern.Iso.Format(d) : null;
}
