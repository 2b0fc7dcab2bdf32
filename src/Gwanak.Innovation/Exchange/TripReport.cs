using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;
using NodaTime.Text;

namespace Gwanak.Innovation.Exchange;

/// <summary>
/// The report of an official trip (출장 결과보고): each calendar day in the home zone with local times, where the
/// delegation was and whom it visited, and the outcomes grouped as agreements signed, partnerships advanced and
/// follow-ups by due date.
/// </summary>
public sealed class TripReport
{
    private static readonly ZonedDateTimePattern Clock = ZonedDateTimePattern.CreateWithInvariantCulture("MM-dd HH:mm x", null);
    private static readonly LocalDatePattern Day = LocalDatePattern.CreateWithInvariantCulture("uuuu-MM-dd");
    private static readonly string[] KoreanWeekdays = ["월", "화", "수", "목", "금", "토", "일"];

    private readonly IReadOnlyDictionary<OrganizationId, LocalizedText> names;

    private TripReport(OverseasTrip trip, IReadOnlyList<TripReportDay> days, IReadOnlyDictionary<OrganizationId, LocalizedText> names)
    {
        this.names = names;
        Title = trip.Title;
        Length = trip.Length;
        HomeZone = trip.Itinerary.HomeZone;
        Days = days;
        AgreementsSigned = trip.Visits.Where(v => v.Outcome.Kind == VisitOutcomeKind.AgreementSigned).ToArray();
        PartnershipsAdvanced = trip.Visits.Where(v => v.Outcome.Kind == VisitOutcomeKind.TieDiscussed).ToArray();
        FollowUps = trip.Visits.SelectMany(v => v.FollowUps).OrderBy(f => f.Due).ToArray();
    }

    /// <summary>The trip's title.</summary>
    public LocalizedText Title { get; }

    /// <summary>The nights and days.</summary>
    public TripLength Length { get; }

    /// <summary>The home zone the days are counted in.</summary>
    public DateTimeZone HomeZone { get; }

    /// <summary>The days, one per calendar day in the home zone.</summary>
    public IReadOnlyList<TripReportDay> Days { get; }

    /// <summary>The visits at which an agreement was signed.</summary>
    public IReadOnlyList<Visit> AgreementsSigned { get; }

    /// <summary>The visits at which a tie was discussed or advanced.</summary>
    public IReadOnlyList<Visit> PartnershipsAdvanced { get; }

    /// <summary>The follow-ups of all visits, the earliest due first.</summary>
    public IReadOnlyList<FollowUp> FollowUps { get; }

    /// <summary>Builds the report of a trip (see <see cref="OverseasTrip.Report"/>).</summary>
    internal static TripReport For(OverseasTrip trip, IReadOnlyDictionary<OrganizationId, LocalizedText>? organizationNames)
    {
        var names = organizationNames ?? new Dictionary<OrganizationId, LocalizedText>();
        var itinerary = trip.Itinerary;
        var home = itinerary.HomeZone;
        var entries = LegEntries(itinerary).Concat(NightEntries(itinerary)).Concat(VisitEntries(trip, home, names))
            .OrderBy(e => e.HomeTime.ToInstant())
            .ToArray();

        var days = new List<TripReportDay>();
        int number = 1;
        for (var date = itinerary.FirstDay; date <= itinerary.LastDay; date = date.PlusDays(1), number++)
        {
            var from = date.AtStartOfDayInZone(home).ToInstant();
            var to = date.PlusDays(1).AtStartOfDayInZone(home).ToInstant();
            // Where the delegation was on the ground, in time order: at home before leaving, between legs, at each
            // visit's place (a visit is often a short trip from the lodging), and where the last leg arrives.
            var stops = new List<(Instant At, Place Place)>();
            if (from < itinerary.Start)
            {
                stops.Add((from, itinerary.Home));
            }

            foreach (var (place, start, end) in Itinerary.GroundTimes(itinerary.Legs.AsImmutableArray()))
            {
                if (start < to && from < end)
                {
                    // A ground time begun the day before still sorts first: every other stop of the day is at or after its start.
                    stops.Add((start, place));
                }
            }

            stops.AddRange(trip.Visits.Select(v => (At: v.LocalStart.ToInstant(), v.Place)).Where(v => from <= v.At && v.At < to));
            if (itinerary.End < to)
            {
                stops.Add((itinerary.End, itinerary.Legs[^1].To));
            }

            var places = new List<Place>();
            foreach (var (_, place) in stops.OrderBy(s => s.At))
            {
                if (places.Count == 0 || places[^1] != place)
                {
                    places.Add(place);
                }
            }

            bool inTransit = itinerary.Legs.Any(l => l.Departure.ToInstant() < to && from < l.Arrival.ToInstant());
            var today = entries.Where(e => e.HomeTime.Date == date).ToArray();
            days.Add(new TripReportDay(number, date, [.. places], inTransit, [.. today]));
        }

        return new TripReport(trip, days, names);
    }

    /// <summary>The report as text in a language, for a document or a screen.</summary>
    /// <param name="culture">The language, <c>ko</c> or <c>en</c> (others fall back to the names' first language).</param>
    /// <returns>The text, one line per entry.</returns>
    public string ToText(string culture)
    {
        Guard.Against.NullOrWhiteSpace(culture);
        bool korean = culture.StartsWith("ko", System.StringComparison.OrdinalIgnoreCase);
        var text = new StringBuilder();
        string length = korean ? Length.ToKoreanString() : Length.ToEnglishString();
        text.AppendLine(CultureInfo.InvariantCulture, $"{Title.Get(culture)} ({length}, {HomeZone.Id})");
        foreach (var day in Days)
        {
            string where = string.Join(", ", day.Places.Select(p => p.Name.Get(culture)));
            string transit = day.InTransit ? (korean ? " · 이동" : " · in transit") : string.Empty;
            text.AppendLine(CultureInfo.InvariantCulture, $"{(korean ? $"{day.Number}일차" : $"Day {day.Number}")} {Day.Format(day.HomeDate)} ({Weekday(day.HomeDate, korean)}) — {where}{transit}");
            foreach (var entry in day.Entries)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {Clock.Format(entry.HomeTime)} | {(korean ? "현지" : "local")} {Clock.Format(entry.LocalTime)} | {entry.Description.Get(culture)}");
            }
        }

        text.AppendLine(korean ? "체결한 협약" : "Agreements signed");
        foreach (var v in AgreementsSigned)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {v.Date:uuuu-MM-dd} {v.Outcome.Agreement} ({NameOf(names, v.Organization).Get(culture)}): {v.Outcome.Summary.Get(culture)}");
        }

        text.AppendLine(korean ? "진전된 교류 관계" : "Partnerships advanced");
        foreach (var v in PartnershipsAdvanced)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {v.Date:uuuu-MM-dd} {NameOf(names, v.Organization).Get(culture)}: {v.Outcome.Summary.Get(culture)}");
        }

        text.AppendLine(korean ? "후속 조치" : "Follow-ups");
        foreach (var f in FollowUps)
        {
            string with = f.With is { } w ? $" ({NameOf(names, w).Get(culture)})" : string.Empty;
            text.AppendLine(CultureInfo.InvariantCulture, $"  {(korean ? "기한" : "due")} {f.Due:uuuu-MM-dd}{with}: {f.Action.Get(culture)}");
        }

        return text.ToString();
    }

    /// <summary>The organisation's name when the caller gave one, else its id.</summary>
    private static LocalizedText NameOf(IReadOnlyDictionary<OrganizationId, LocalizedText> names, OrganizationId id)
        => names.TryGetValue(id, out var name) ? name : LocalizedText.Create(id.Value, id.Value);

    private static string Weekday(LocalDate date, bool korean)
        => korean ? KoreanWeekdays[(int)date.DayOfWeek - 1] : CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedDayName((System.DayOfWeek)((int)date.DayOfWeek % 7));

    private static IEnumerable<TripReportEntry> LegEntries(Itinerary itinerary)
    {
        foreach (var leg in itinerary.Legs)
        {
            string service = leg.Service is null ? string.Empty : leg.Service + " ";
            string arrives = Clock.Format(leg.Arrival);
            var description = leg.Mode == TravelMode.Flight
                ? LocalizedText.Create($"{service}{leg.From.Name.Korean} 출발 → {leg.To.Name.Korean} 도착 (현지 {arrives})", $"Flight {service}{leg.From.Name.English} → {leg.To.Name.English}, arrives {arrives} local")
                : LocalizedText.Create($"{leg.From.Name.Korean} → {leg.To.Name.Korean} 육로 이동 (도착 {arrives})", $"By road {leg.From.Name.English} → {leg.To.Name.English}, arrives {arrives}");
            yield return new TripReportEntry(leg.Departure.ToInstant().InZone(itinerary.HomeZone), leg.Departure, leg.From, description, null);
        }
    }

    /// <summary>A night at a lodging, at its midnight, or at the arrival when the delegation reached the lodging after midnight.</summary>
    private static IEnumerable<TripReportEntry> NightEntries(Itinerary itinerary)
    {
        var ground = Itinerary.GroundTimes(itinerary.Legs.AsImmutableArray()).ToArray();
        foreach (var stay in itinerary.Stays)
        {
            for (var night = stay.FirstNight; night < stay.CheckOut; night = night.PlusDays(1))
            {
                var midnight = night.PlusDays(1).AtStartOfDayInZone(stay.Place.Zone).ToInstant();
                var at = Itinerary.ReachedAt(ground, stay, night) ?? midnight;
                var description = at == midnight
                    ? LocalizedText.Create($"숙박: {stay.Lodging.Korean} ({stay.Place.Name.Korean})", $"Night at {stay.Lodging.English} ({stay.Place.Name.English})")
                    : LocalizedText.Create($"숙박: {stay.Lodging.Korean} ({stay.Place.Name.Korean}, 자정 넘어 도착)", $"Night at {stay.Lodging.English} ({stay.Place.Name.English}, reached after midnight)");
                yield return new TripReportEntry(at.InZone(itinerary.HomeZone), at.InZone(stay.Place.Zone), stay.Place, description, null);
            }
        }
    }

    private static IEnumerable<TripReportEntry> VisitEntries(OverseasTrip trip, DateTimeZone home, IReadOnlyDictionary<OrganizationId, LocalizedText> names)
    {
        foreach (var visit in trip.Visits)
        {
            var name = NameOf(names, visit.Organization);
            string met = visit.PeopleMet.Count == 0 ? string.Empty : " — " + string.Join(", ", visit.PeopleMet.Select(p => p.Role.English));
            string metKo = visit.PeopleMet.Count == 0 ? string.Empty : " — " + string.Join(", ", visit.PeopleMet.Select(p => p.Role.Korean));
            var description = LocalizedText.Create(
                $"방문 {name.Korean} ({visit.Place.Name.Korean}): {visit.Purpose.Korean}{metKo}",
                $"Visit {name.English} ({visit.Place.Name.English}): {visit.Purpose.English}{met}");
            yield return new TripReportEntry(visit.LocalStart.ToInstant().InZone(home), visit.LocalStart, visit.Place, description, visit.Organization);
        }
    }
}
