using DistrictPortal.Portal;
using Gwanak.Innovation.EntityFrameworkCore;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Primitives;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DistrictPortal.Pages.ExchangePrograms;

/// <summary>
/// One exchange programme on a day: what it is, who hosts it under which agreement, and how many take part of its
/// capacity, by sending organisation. The participants are personal data: the public sees counts only; signed-in officers
/// see the participations they manage and enrol a participant.
/// </summary>
public sealed class DetailsModel(PortalDistrict district, DistrictStore store) : WritablePage(district)
{
    [BindProperty(SupportsGet = true)]
    public ExchangeProgramId Id { get; set; }

    public ExchangeProgram Program { get; private set; } = null!;

    /// <summary>How many take part on the day.</summary>
    public int TakingPart { get; private set; }

    /// <summary>How many take part on the day, by sending organisation (null: sent by none).</summary>
    public IReadOnlyList<(OrganizationId? SentBy, int Count)> BySender { get; private set; } = [];

    /// <summary>How many participations start after the day.</summary>
    public int StartingLater { get; private set; }

    /// <summary>The founding agreement's purpose in the request's language, when the district holds it.</summary>
    public string? AgreementPurpose { get; private set; }

    public IReadOnlyDictionary<OrganizationId, string> Names { get; private set; } = new Dictionary<OrganizationId, string>();

    /// <summary>The officer's enrolment form.</summary>
    [BindProperty]
    public EnrolmentForm Enrolment { get; set; } = new();

    public string NameOf(OrganizationId id) => Names.GetValueOrDefault(id, id.Value);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (HasBadQuery(nameof(Id)))
        {
            return BadRequestPage(L["problem.badquery"]);
        }

        if (!await LoadAsync(cancellationToken))
        {
            return NotFoundPage(L["program.notfound"]);
        }

        Enrolment.Date ??= Show(AsOf);
        return Page();
    }

    /// <summary>Enrols a participant for a period (open-ended when it has no last day), recorded on a day.</summary>
    public async Task<IActionResult> OnPostEnrolAsync(CancellationToken cancellationToken)
    {
        if (HasBadQuery(nameof(Id)) || !await LoadAsync(cancellationToken))
        {
            return NotFoundPage(L["program.notfound"]);
        }

        var day = DayFrom(Enrolment.Date, "Enrolment.Date");
        var name = NameFrom(Enrolment.NameKorean, Enrolment.NameEnglish, "Enrolment.NameKorean");
        OrganizationId? sentBy = string.IsNullOrWhiteSpace(Enrolment.SentBy) ? null : IdFrom<OrganizationId>(Enrolment.SentBy, "Enrolment.SentBy");
        var first = DayFrom(Enrolment.Start, "Enrolment.Start");
        var last = DayFrom(Enrolment.End, "Enrolment.End", required: false);
        if (first is { } f && last is { } l && l < f)
        {
            ModelState.AddModelError("Enrolment.End", L["write.invalid.period"]);
        }

        if (await WriteAsync<ExchangeProgram, ExchangeProgramId, ExchangeProgramEvent>(Program, ExchangeProgram.Replay, p => p.TryEnroll(day!.Value, new ProgramParticipant(name!, sentBy), new DateRange(first!.Value, last)), store, cancellationToken))
        {
            Say("program.recorded");
            return RedirectToPage(new { id = Id.Value, date = Date is { } d ? Show(d) : null });
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (Id == default || await store.FindExchangeProgramAsync(Id, cancellationToken) is not { } program)
        {
            return false;
        }

        Program = program;
        var taking = program.ParticipantsOn(AsOf);
        TakingPart = taking.Count;
        BySender = [.. taking.GroupBy(p => p.SentBy).Select(g => (g.Key, g.Count())).OrderByDescending(g => g.Item2)];
        StartingLater = program.Participations.Count(p => p.Period.Start > AsOf);
        Names = await store.Organizations.ToDictionaryAsync(o => o.Id, o => Texts.IsKorean ? o.NameKorean : o.NameEnglish, cancellationToken);
        var founding = program.FoundingAgreement;
        var agreement = await store.Agreements.Where(a => a.Id == founding).Select(a => new { a.PurposeKorean, a.PurposeEnglish }).FirstOrDefaultAsync(cancellationToken);
        AgreementPurpose = agreement is null ? null : Texts.IsKorean ? agreement.PurposeKorean : agreement.PurposeEnglish;
        return true;
    }

    /// <summary>The fields of the enrolment form, as typed.</summary>
    public sealed class EnrolmentForm
    {
        public string? Date { get; set; }

        public string? NameKorean { get; set; }

        public string? NameEnglish { get; set; }

        public string? SentBy { get; set; }

        public string? Start { get; set; }

        public string? End { get; set; }
    }
}
