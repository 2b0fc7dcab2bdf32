using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Gwanak.Innovation.Districts;

namespace Gwanak.Innovation.Json.Converters;

/// <summary>
/// A district as its code, name and registers (<see cref="DistrictRecords"/>). A record id that appears twice in one register
/// is refused: a document lists each record once.
/// </summary>
internal sealed class InnovationDistrictConverter(bool locate) : JsonConverter<InnovationDistrict>
{
    public override InnovationDistrict Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var records = DocumentErrors.Read(ref reader, (JsonTypeInfo<DistrictRecords>)options.GetTypeInfo(typeof(DistrictRecords)), locate, string.Empty);
        InnovationDistrict district;
        try
        {
            district = InnovationDistrict.Create(records.Code, records.Name);
        }
        catch (ArgumentException e)
        {
            throw DocumentErrors.Below(e, string.Empty)!;
        }

        district = Add(district, records.Organizations, "organizations", o => o.Id, (d, all) => d.With(all));
        district = Add(district, records.GovernanceBodies, "governanceBodies", b => b.Id, (d, all) => d.With(all));
        district = Add(district, records.Agreements, "agreements", a => a.Id, (d, all) => d.With(all));
        district = Add(district, records.Zones, "zones", z => z.Id, (d, all) => d.With(all));
        district = Add(district, records.VentureCompanies, "ventureCompanies", c => c.Id, (d, all) => d.With(all));
        district = Add(district, records.Facilities, "facilities", f => f.Id, (d, all) => d.With(all));
        district = Add(district, records.Funds, "funds", f => f.Id, (d, all) => d.With(all));
        district = Add(district, records.SupportPrograms, "supportPrograms", p => p.Id, (d, all) => d.With(all));
        district = Add(district, records.IndicatorValues, "indicatorValues", v => (v.Indicator.Code, v.Date), (d, all) => d.With(all));
        district = Add(district, records.CityPartnerships, "cityPartnerships", p => p.Id, (d, all) => d.With(all));
        district = Add(district, records.OverseasTrips, "overseasTrips", t => t.Id, (d, all) => d.With(all));
        district = Add(district, records.ExchangePrograms, "exchangePrograms", p => p.Id, (d, all) => d.With(all));
        return Add(district, records.RecurringEvents, "recurringEvents", e => e.Id, (d, all) => d.With(all));
    }

    public override void Write(Utf8JsonWriter writer, InnovationDistrict value, JsonSerializerOptions options)
        => JsonSerializer.Serialize(
            writer,
            new DistrictRecords(
                value.Code,
                value.Name,
                [.. value.Organizations],
                [.. value.GovernanceBodies],
                [.. value.Agreements],
                [.. value.Zones],
                [.. value.VentureCompanies],
                [.. value.Facilities],
                [.. value.Funds],
                [.. value.SupportPrograms],
                [.. value.IndicatorValues],
                [.. value.CityPartnerships],
                [.. value.OverseasTrips],
                [.. value.ExchangePrograms],
                [.. value.RecurringEvents]),
            (JsonTypeInfo<DistrictRecords>)options.GetTypeInfo(typeof(DistrictRecords)));

    private static InnovationDistrict Add<T, TKey>(InnovationDistrict district, IReadOnlyList<T> records, string register, Func<T, TKey> keyOf, Func<InnovationDistrict, IReadOnlyList<T>, InnovationDistrict> addAll)
        where TKey : notnull
    {
        var seen = new HashSet<TKey>(records.Count);
        for (int i = 0; i < records.Count; i++)
        {
            if (!seen.Add(keyOf(records[i])))
            {
                throw new DocumentPathException($"The {register} register lists {keyOf(records[i])} twice; a document lists each record once.", $".{register}[{i}]", null, null);
            }
        }

        return addAll(district, records);
    }
}
