using System;
using System.Globalization;

namespace Gwanak.Innovation.Exchange;

/// <summary>The length of a trip as Korean travel orders state it: nights (박) and days (일), for example <c>7박 9일</c>.</summary>
/// <remarks>
/// <para>
/// Days are the calendar days of the home zone from the first departure to the last arrival; nights are the local
/// midnights the delegation spent on the ground away from home, and the nights at a lodging it reached after midnight
/// from a leg, before the check-out time (a night in the air or on an overnight train alone is not counted). Gwanak-gu's delegation, leaving Seoul 2023-07-05 and back 2023-07-13, was away 7박 9일 because flying east
/// over the Pacific repeats a date (press article "한국형 실리콘밸리 만나고 글로벌 혁신경제도시로 도약한다", 2023-08-23).
/// </para>
/// <para>
/// <see cref="Itinerary.Length"/> computes it from the legs; a value type, so that an itinerary carries it without an
/// object of its own.
/// </para>
/// </remarks>
public readonly record struct TripLength
{
    internal TripLength(int nights, int days)
    {
        Nights = nights;
        Days = days;
    }

    /// <summary>The nights away from home: on the ground at midnight, or at a lodging reached after midnight.</summary>
    public int Nights { get; }

    /// <summary>The calendar days in the home zone.</summary>
    public int Days { get; }

    /// <summary>True for a trip that begins and ends on the same home day with no night away (당일, a day trip).</summary>
    public bool IsSameDay => Nights == 0 && Days == 1;

    /// <summary>
    /// True for a trip over more than one home day with no night at a lodging (무박), for example an overnight bus or a
    /// night in the air there and back.
    /// </summary>
    public bool IsWithoutNight => Nights == 0 && Days > 1;

    /// <summary>The Korean form: <c>7박 9일</c>, <c>무박 2일</c> for days with no night at a lodging, or <c>당일</c> for a day trip.</summary>
    /// <returns>The text.</returns>
    /// <remarks>Korean usage does not write 0박: days without a night at a lodging are 무박 (무박 2일), and a trip within one day is 당일 (당일치기).</remarks>
    public string ToKoreanString()
        => IsSameDay ? "당일"
            : IsWithoutNight ? string.Create(CultureInfo.InvariantCulture, $"무박 {Days}일")
            : string.Create(CultureInfo.InvariantCulture, $"{Nights}박 {Days}일");

    /// <summary>
    /// The English form: <c>7 nights, 9 days</c>, <c>no nights, 2 days</c> for days with no night at a lodging, or
    /// <c>same day</c> for a day trip.
    /// </summary>
    /// <returns>The text.</returns>
    public string ToEnglishString()
        => IsSameDay
            ? "same day"
            : string.Create(CultureInfo.InvariantCulture, $"{Nights switch { 0 => "no nights", 1 => "1 night", _ => $"{Nights} nights" }}, {Days} {(Days == 1 ? "day" : "days")}");

    /// <summary>The Korean form.</summary>
    /// <returns>For example <c>7박 9일</c>.</returns>
    public override string ToString() => ToKoreanString();
}
