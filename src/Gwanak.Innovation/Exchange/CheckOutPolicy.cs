using Ardalis.GuardClauses;
using NodaTime;

namespace Gwanak.Innovation.Exchange;

/// <summary>
/// When a lodging's night ends: the local time of check-out on the morning after it. A night booked from the evening
/// before is still the delegation's when it reaches the lodging after midnight and before this time, as after a flight
/// that lands at 00:30.
/// </summary>
/// <remarks>
/// No law fixes a check-out time: each lodging states its own, and hotels in Korea and the US usually ask for 11:00 or
/// 12:00. <see cref="Default"/> takes the earlier, 11:00 local time (an assumption stated on <see cref="StatedOn"/>, see
/// docs/domain.md); a stay whose lodging states another time passes its own policy. Each <see cref="Stay"/> records the
/// policy it was booked under, so a stored itinerary is checked again by the same time.
/// </remarks>
public sealed record CheckOutPolicy
{
    /// <summary>Creates a policy, as a lodging states it.</summary>
    /// <param name="time">The local time of check-out, for example 11:00.</param>
    /// <param name="statedOn">The day the time was stated, for example the day of the booking.</param>
    /// <exception cref="System.ArgumentException">The day is <see langword="default"/>.</exception>
    public CheckOutPolicy(LocalTime time, LocalDate statedOn)
    {
        Time = time;
        StatedOn = Guard.Against.Default(statedOn);
    }

    /// <summary>The default: check-out at 11:00 local time (stated 2023-07-05).</summary>
    public static CheckOutPolicy Default { get; } = new(new LocalTime(11, 0), new LocalDate(2023, 7, 5));

    /// <summary>The local time of check-out on the morning after a night.</summary>
    public LocalTime Time { get; }

    /// <summary>
    /// The day the time was stated (the default: 2023-07-05, the first day of Gwanak-gu's trip to California, the first
    /// itinerary the model checked; press article "한국형 실리콘밸리 만나고 글로벌 혁신경제도시로 도약한다", 2023-08-23).
    /// </summary>
    public LocalDate StatedOn { get; }

    /// <summary>The check-out moment of a night at a place: the morning after it, at <see cref="Time"/> on the place's clocks.</summary>
    /// <param name="night">The local day whose night it is.</param>
    /// <param name="zone">The place's time zone.</param>
    /// <returns>The moment; a time the clocks skip is taken after the gap.</returns>
    internal Instant CheckOutAfter(LocalDate night, DateTimeZone zone) => night.PlusDays(1).At(Time).InZoneLeniently(zone).ToInstant();
}
