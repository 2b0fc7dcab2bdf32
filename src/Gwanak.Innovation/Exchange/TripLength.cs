using System;
using System.Globalization;

namespace Gwanak.Innovation.Exchange;

/// <summary>The length of a trip as Korean travel orders state it: nights (박) and days (일), for example <c>7박 9일</c>.</summary>
/// <remarks>
/// Days are the calendar days of the home zone from the first departure to the last arrival; nights are the local
/// midnights the delegation spent on the ground away from home (nights in the air or on an overnight train are not
/// counted). Source: DESIGN.md §3 trip arithmetic — the seed's trip leaving Seoul 2023-07-05 and back 2023-07-13 is
/// 7박 9일 because flying east over the Pacific repeats a date.
/// </remarks>
/// <param name="Nights">The nights on the ground away from home.</param>
/// <param name="Days">The calendar days in the home zone.</param>
public readonly record struct TripLength(int Nights, int Days)
{
    /// <summary>True for a trip that begins and ends on the same home day with no night away.</summary>
    public bool IsSameDay => Nights == 0 && Days == 1;

    /// <summary>The Korean form: <c>7박 9일</c>, or <c>당일</c> for a same-day trip.</summary>
    /// <returns>The text.</returns>
    public string ToKoreanString() => IsSameDay ? "당일" : string.Create(CultureInfo.InvariantCulture, $"{Nights}박 {Days}일");

    /// <summary>The English form: <c>7 nights, 9 days</c>, or <c>same day</c> for a same-day trip.</summary>
    /// <returns>The text.</returns>
    public string ToEnglishString()
        => IsSameDay
            ? "same day"
            : string.Create(CultureInfo.InvariantCulture, $"{Nights} {(Nights == 1 ? "night" : "nights")}, {Days} {(Days == 1 ? "day" : "days")}");

    /// <summary>The Korean form.</summary>
    /// <returns>For example <c>7박 9일</c>.</returns>
    public override string ToString() => ToKoreanString();
}
