using DistrictPortal.Portal;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.Primitives;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using NodaTime.Text;

namespace DistrictPortal.Pages.Agreements;

/// <summary>
/// What officers record on an agreement: a party's signature (the signatory, and the moment in the zone where they
/// signed) and a party's termination notice on a day. The signatory is personal data: stored with the signature, never
/// shown on the public page.
/// </summary>
public partial class DetailsModel
{
    private static readonly LocalDateTimePattern[] MomentPatterns =
    [
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss"),
    ];

    /// <summary>The officer's signature form.</summary>
    [BindProperty]
    public SigningForm Signing { get; set; } = new();

    /// <summary>The officer's termination notice form.</summary>
    [BindProperty]
    public NoticeForm Notice { get; set; } = new();

    /// <summary>The time zones offered for a moment: the IANA time zone database's canonical ids (an alias such as <c>US/Pacific</c> is accepted too).</summary>
    public static IReadOnlyList<string> ZoneIds { get; } = [.. NodaTime.TimeZones.TzdbDateTimeZoneSource.Default.CanonicalIdMap.Values.Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Records a party's signature, given at a moment in a time zone.</summary>
    public async Task<IActionResult> OnPostSignatureAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFoundPage(L["agreements.notfound"]);
        }

        var party = IdFrom<OrganizationId>(Signing.Party, "Signing.Party");
        var signatory = NameFrom(Signing.SignatoryKorean, Signing.SignatoryEnglish, "Signing.SignatoryKorean");
        var moment = MomentFrom(Signing.Moment, Signing.Zone);
        if (await WriteAsync<Agreement, AgreementId, AgreementEvent>(Agreement, Agreement.Replay, a => a.TrySign(new Gwanak.Innovation.Agreements.Signature(party!.Value, signatory!, moment!.Value)), Store, cancellationToken))
        {
            Say("agreements.signature.recorded");
            return Back();
        }

        return await AgainAsync(cancellationToken);
    }

    /// <summary>Records a party's termination notice, given on a day.</summary>
    public async Task<IActionResult> OnPostNoticeAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFoundPage(L["agreements.notfound"]);
        }

        var party = IdFrom<OrganizationId>(Notice.Party, "Notice.Party");
        var day = DayFrom(Notice.Date, "Notice.Date");
        if (await WriteAsync<Agreement, AgreementId, AgreementEvent>(Agreement, Agreement.Replay, a => a.TryGiveTerminationNotice(day!.Value, party!.Value), Store, cancellationToken))
        {
            Say("agreements.notice.recorded");
            return Back();
        }

        return await AgainAsync(cancellationToken);
    }

    /// <summary>Fills the forms' empty fields: the first party yet to sign, now in the district's zone, the day shown.</summary>
    private void Prefill()
    {
        var unsigned = Agreement.Parties.Where(p => !Agreement.Signatures.Any(s => s.Party == p)).ToList();
        Signing.Party ??= (unsigned.Count > 0 ? unsigned[0] : Agreement.Parties[0]).Value;
        Signing.Zone ??= District.Zone.Id;
        Signing.Moment ??= LocalDateTimePattern.GeneralIso.Format(District.Clock.GetCurrentInstant().InZone(District.Zone).LocalDateTime)[..16];
        Notice.Party ??= Agreement.Parties[0].Value;
        Notice.Date ??= Show(AsOf);
    }

    private RedirectToPageResult Back() => RedirectToPage(new { id = Id.Value, date = Date is { } d ? Show(d) : null });

    // The page again, as the record is now: the posted form keeps what was typed, the other form its defaults.
    private async Task<IActionResult> AgainAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Prefill();
        return Page();
    }

    /// <summary>A zoned moment from a local date and time and a zone id: a time the zone skips or repeats (a daylight-saving change) is refused, not guessed.</summary>
    private ZonedDateTime? MomentFrom(string? local, string? zoneId)
    {
        var zone = string.IsNullOrWhiteSpace(zoneId) ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId.Trim());
        if (zone is null)
        {
            ModelState.AddModelError("Signing.Zone", L["agreements.signature.zone.invalid"]);
        }

        if (string.IsNullOrWhiteSpace(local))
        {
            ModelState.AddModelError("Signing.Moment", L["write.invalid.required"]);
            return null;
        }

        var parsed = MomentPatterns.Select(p => p.Parse(local.Trim())).FirstOrDefault(r => r.Success);
        if (parsed is null)
        {
            ModelState.AddModelError("Signing.Moment", L["agreements.signature.moment.invalid"]);
            return null;
        }

        if (zone is null)
        {
            return null;
        }

        var mapping = zone.MapLocal(parsed.Value);
        if (mapping.Count != 1)
        {
            ModelState.AddModelError("Signing.Moment", mapping.Count == 0 ? L["agreements.signature.moment.skipped", zone.Id] : L["agreements.signature.moment.ambiguous", zone.Id]);
            return null;
        }

        return mapping.Single();
    }

    /// <summary>The fields of the signature form, as typed.</summary>
    public sealed class SigningForm
    {
        public string? Party { get; set; }

        public string? SignatoryKorean { get; set; }

        public string? SignatoryEnglish { get; set; }

        /// <summary>The local date and time, as an HTML <c>datetime-local</c> field sends it (<c>2023-08-23T10:00</c>).</summary>
        public string? Moment { get; set; }

        public string? Zone { get; set; }
    }

    /// <summary>The fields of the termination notice form, as typed.</summary>
    public sealed class NoticeForm
    {
        public string? Party { get; set; }

        public string? Date { get; set; }
    }
}
