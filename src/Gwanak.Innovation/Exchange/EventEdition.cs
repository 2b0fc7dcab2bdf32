using System;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>
/// One edition of a recurring event as its organiser announced it: its number (제21차, "the 21st"), its days and venue,
/// and whether it was held in person, online or both, cancelled or postponed, with the reason.
/// </summary>
/// <remarks>
/// <para>
/// An edition belongs to the year of the days it was first announced for (<see cref="Year"/>): a postponed edition keeps
/// its year while <see cref="Days"/> moves later, and the next occurrence moves with it; a cancelled edition keeps the
/// days it was to be held on, and the next occurrence skips it.
/// </para>
/// <para>
/// For example the World Korean Business Convention (세계한상대회): the 19th, to be held at BEXCO in Busan on
/// 2020-10-28 – 2020-10-30, was cancelled because of COVID-19; the next, held online and in person in Seoul on
/// 2021-10-19 – 2021-10-21, took the number 19 again; the 21st was held in Anaheim, California, on 2023-10-11 – 2023-10-14
/// (docs/domain.md).
/// </para>
/// </remarks>
public sealed record EventEdition
{
    /// <summary>Creates an edition.</summary>
    /// <param name="number">The edition's number (제N차), 1 or more; <see langword="null"/> when the organiser does not number them.</param>
    /// <param name="days">The days it is held on (or, cancelled, was to be held on), closed.</param>
    /// <param name="status">In person (the default), online, both, or cancelled.</param>
    /// <param name="venue">Where, when known.</param>
    /// <param name="reason">
    /// Why it departs from the usual: required when it is held online or both, cancelled or postponed; optional otherwise
    /// (for example why it is held outside the event's usual month).
    /// </param>
    /// <param name="postponedFrom">The days it was first announced for, when it was postponed to <paramref name="days"/>; they begin earlier.</param>
    /// <exception cref="ArgumentException">
    /// The number is below 1, the status is undefined, the days or the days postponed from are open, a postponement does
    /// not move the edition later, or a reason is missing where one is required; each names its parameter.
    /// </exception>
    public EventEdition(int? number, DateRange days, EditionStatus status = EditionStatus.InPerson, LocalizedText? venue = null, LocalizedText? reason = null, DateRange? postponedFrom = null)
    {
        if (number is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "An edition is numbered from 1 (제1차).");
        }

        if (days.End is null)
        {
            throw new ArgumentException($"An edition's days have a last day ({days} has none).", nameof(days));
        }

        if (!Enum.IsDefined(status))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Name how the edition is held: in person, online, hybrid or cancelled.");
        }

        if (postponedFrom is { } from && (from.End is null || from.Start >= days.Start))
        {
            throw new ArgumentException($"A postponed edition moves later: it was announced for {from} and is now on {days}.", nameof(postponedFrom));
        }

        if (reason is null && (status != EditionStatus.InPerson || postponedFrom is not null))
        {
            throw new ArgumentException($"An edition {(postponedFrom is null ? StatusWord(status, korean: false) : "postponed")} gives its reason.", nameof(reason));
        }

        Number = number;
        Days = days;
        Status = status;
        Venue = venue;
        Reason = reason;
        PostponedFrom = postponedFrom;
    }

    /// <summary>The edition's number (제N차), when the organiser numbers them.</summary>
    public int? Number { get; }

    /// <summary>The days it is held on, or was to be held on when cancelled; for a postponed edition, the days it moved to.</summary>
    public DateRange Days { get; }

    /// <summary>In person, online, both, or cancelled.</summary>
    public EditionStatus Status { get; }

    /// <summary>Where, when known.</summary>
    public LocalizedText? Venue { get; }

    /// <summary>Why it departs from the usual (cancelled, postponed, online, outside the usual month), when it does.</summary>
    public LocalizedText? Reason { get; }

    /// <summary>The days it was first announced for, when it was postponed.</summary>
    public DateRange? PostponedFrom { get; }

    /// <summary>The year whose occurrence it is: the year of the days it was first announced for.</summary>
    public int Year => (PostponedFrom ?? Days).Start.Year;

    /// <summary>True when it did not, or will not, take place.</summary>
    public bool IsCancelled => Status == EditionStatus.Cancelled;

    /// <summary>The edition in words, for a calendar or a report.</summary>
    /// <param name="culture"><c>ko</c> for Korean; anything else gives English.</param>
    /// <returns>For example <c>제19차 2021-10-19/2021-10-21, 서울 롯데호텔월드, 온·오프라인 병행 (…)</c> or <c>21st, 2023-10-11/2023-10-14, Anaheim Convention Center</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="culture"/> is null or blank.</exception>
    public string Describe(string culture)
    {
        Guard.Against.NullOrWhiteSpace(culture);
        bool korean = culture.StartsWith("ko", StringComparison.OrdinalIgnoreCase);
        var text = new StringBuilder();
        if (Number is { } n)
        {
            text.Append(korean ? string.Create(CultureInfo.InvariantCulture, $"제{n}차 ") : Ordinal(n) + ", ");
        }

        text.Append(Days.ToString());
        if (Venue is not null)
        {
            text.Append(", ").Append(Venue.Get(culture));
        }

        if (PostponedFrom is { } from)
        {
            text.Append(korean ? $", {from}에서 연기" : $", postponed from {from}");
        }

        if (Status != EditionStatus.InPerson)
        {
            text.Append(", ").Append(StatusWord(Status, korean));
        }

        if (Reason is not null)
        {
            text.Append(" (").Append(Reason.Get(culture)).Append(')');
        }

        return text.ToString();
    }

    /// <summary>The edition in English words.</summary>
    /// <returns>For example <c>21st, 2023-10-11/2023-10-14, Anaheim Convention Center</c>.</returns>
    public override string ToString() => Describe("en");

    /// <summary>An English ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st.</summary>
    internal static string Ordinal(int number)
        => string.Create(CultureInfo.InvariantCulture, $"{number}{((number % 100) is 11 or 12 or 13 ? "th" : (number % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" })}");

    private static string StatusWord(EditionStatus status, bool korean) => status switch
    {
        EditionStatus.Online => korean ? "온라인 개최" : "held online",
        EditionStatus.Hybrid => korean ? "온·오프라인 병행" : "held online and in person",
        EditionStatus.Cancelled => korean ? "취소" : "cancelled",
        // Held in person is the default and is never put in words: Describe and the constructor ask only for the others.
        _ => throw new UnreachableException(),
    };
}
