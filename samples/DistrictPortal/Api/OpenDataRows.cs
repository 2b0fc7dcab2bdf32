using CsvHelper;

#pragma warning disable SA1402, SA1649 // The rows of the registers' CSV files, one small class each, read best together.

namespace DistrictPortal.Api;

/// <summary>A row of <c>organizations.csv</c>.</summary>
[CsvRecord]
public sealed partial class OrganizationRow
{
    /// <summary>The id.</summary>
    [CsvColumn("id")] public required string Id { get; init; }

    /// <summary>The Korean name.</summary>
    [CsvColumn("name_ko")] public required string NameKorean { get; init; }

    /// <summary>The English name.</summary>
    [CsvColumn("name_en")] public required string NameEnglish { get; init; }

    /// <summary>The kind.</summary>
    [CsvColumn("kind")] public required string Kind { get; init; }

    /// <summary>The helix sector.</summary>
    [CsvColumn("sector")] public required string Sector { get; init; }

    /// <summary>The country.</summary>
    [CsvColumn("country")] public required string Country { get; init; }

    /// <summary>The administrative district code, if any.</summary>
    [CsvColumn("location")] public string? Location { get; init; }
}

/// <summary>A row of <c>agreements.csv</c>.</summary>
[CsvRecord]
public sealed partial class AgreementRow
{
    /// <summary>The id.</summary>
    [CsvColumn("id")] public required string Id { get; init; }

    /// <summary>The kind.</summary>
    [CsvColumn("kind")] public required string Kind { get; init; }

    /// <summary>The Korean purpose.</summary>
    [CsvColumn("purpose_ko")] public required string PurposeKorean { get; init; }

    /// <summary>The English purpose.</summary>
    [CsvColumn("purpose_en")] public required string PurposeEnglish { get; init; }

    /// <summary>The parties' ids, separated by semicolons, in the order drafted.</summary>
    [CsvColumn("parties")] public required string Parties { get; init; }

    /// <summary>The day drafted.</summary>
    [CsvColumn("drafted_on")] public required string DraftedOn { get; init; }

    /// <summary>The first day of the term.</summary>
    [CsvColumn("effective_date")] public string? EffectiveDate { get; init; }

    /// <summary>The first day in force.</summary>
    [CsvColumn("in_force_from")] public string? InForceFrom { get; init; }

    /// <summary>The first day no longer in force or cancelled.</summary>
    [CsvColumn("ended_from")] public string? EndedFrom { get; init; }

    /// <summary>How it ended.</summary>
    [CsvColumn("end_status")] public string? EndStatus { get; init; }
}

/// <summary>A row of <c>facilities.csv</c>.</summary>
[CsvRecord]
public sealed partial class FacilityRow
{
    /// <summary>The id.</summary>
    [CsvColumn("id")] public required string Id { get; init; }

    /// <summary>The Korean name.</summary>
    [CsvColumn("name_ko")] public required string NameKorean { get; init; }

    /// <summary>The English name.</summary>
    [CsvColumn("name_en")] public required string NameEnglish { get; init; }

    /// <summary>The kind.</summary>
    [CsvColumn("kind")] public required string Kind { get; init; }

    /// <summary>The operator's id.</summary>
    [CsvColumn("operator")] public required string Operator { get; init; }

    /// <summary>The administrative district code.</summary>
    [CsvColumn("location")] public required string Location { get; init; }

    /// <summary>True inside the venture promotion zone.</summary>
    [CsvColumn("inside_zone")] public required bool InsideZone { get; init; }

    /// <summary>The places.</summary>
    [CsvColumn("capacity")] public required int Capacity { get; init; }

    /// <summary>The day opened.</summary>
    [CsvColumn("opened_on")] public required string OpenedOn { get; init; }
}

/// <summary>A row of <c>funds.csv</c>.</summary>
[CsvRecord]
public sealed partial class FundRow
{
    /// <summary>The id.</summary>
    [CsvColumn("id")] public required string Id { get; init; }

    /// <summary>The Korean name.</summary>
    [CsvColumn("name_ko")] public required string NameKorean { get; init; }

    /// <summary>The English name.</summary>
    [CsvColumn("name_en")] public required string NameEnglish { get; init; }

    /// <summary>The manager's id.</summary>
    [CsvColumn("manager")] public required string Manager { get; init; }

    /// <summary>The target size.</summary>
    [CsvColumn("target_amount")] public required decimal TargetAmount { get; init; }

    /// <summary>The currency.</summary>
    [CsvColumn("currency")] public required string Currency { get; init; }

    /// <summary>The day established.</summary>
    [CsvColumn("established_on")] public required string EstablishedOn { get; init; }

    /// <summary>The last day of the term.</summary>
    [CsvColumn("term_last_day")] public required string TermLastDay { get; init; }

    /// <summary>The last day of the investment period, if stated.</summary>
    [CsvColumn("investment_period_last_day")] public string? InvestmentPeriodLastDay { get; init; }
}
