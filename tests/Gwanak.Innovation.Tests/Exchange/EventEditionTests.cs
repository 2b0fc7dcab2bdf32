using System;
using System.Linq;
using CsCheck;
using Gwanak.Innovation.Exchange;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Tests.Exchange;

public sealed class EventEditionTests
{
    private static readonly LocalizedText Reason = LocalizedText.Of("en", "Reason (illustrative)");
    private static readonly DateRange October2024 = DateRange.Parse("2024-10-22/2024-10-24");

    [Fact]
    public void An_edition_numbered_zero_is_refused_naming_the_number()
        => Assert.Equal("number", Assert.Throws<ArgumentOutOfRangeException>(() => new EventEdition(0, October2024)).ParamName);

    [Fact]
    public void An_edition_without_a_last_day_is_refused_naming_the_days()
        => Assert.Equal("days", Assert.Throws<ArgumentException>(() => new EventEdition(1, DateRange.Parse("2024-10-22/.."))).ParamName);

    [Fact]
    public void An_undefined_status_is_refused_naming_it()
        => Assert.Equal("status", Assert.Throws<ArgumentOutOfRangeException>(() => new EventEdition(1, October2024, (EditionStatus)9, reason: Reason)).ParamName);

    [Theory]
    [InlineData(EditionStatus.Cancelled)]
    [InlineData(EditionStatus.Online)]
    [InlineData(EditionStatus.Hybrid)]
    public void An_edition_cancelled_or_held_online_without_a_reason_is_refused_naming_the_reason(EditionStatus status)
        => Assert.Equal("reason", Assert.Throws<ArgumentException>(() => new EventEdition(1, October2024, status)).ParamName);

    [Fact]
    public void A_postponed_edition_without_a_reason_is_refused_naming_the_reason()
        => Assert.Equal("reason", Assert.Throws<ArgumentException>(() => new EventEdition(1, DateRange.Parse("2025-03-05/2025-03-07"), postponedFrom: October2024)).ParamName);

    [Fact]
    public void A_postponement_to_earlier_days_is_refused_naming_the_days_postponed_from()
        => Assert.Equal("postponedFrom", Assert.Throws<ArgumentException>(() => new EventEdition(1, DateRange.Parse("2024-10-01/2024-10-03"), reason: Reason, postponedFrom: October2024)).ParamName);

    [Fact]
    public void A_postponement_to_the_same_first_day_is_refused_naming_the_days_postponed_from()
        => Assert.Equal("postponedFrom", Assert.Throws<ArgumentException>(() => new EventEdition(1, DateRange.Parse("2024-10-22/2024-10-25"), reason: Reason, postponedFrom: October2024)).ParamName);

    [Fact]
    public void A_postponement_from_open_days_is_refused_naming_the_days_postponed_from()
        => Assert.Equal("postponedFrom", Assert.Throws<ArgumentException>(() => new EventEdition(1, DateRange.Parse("2025-03-05/2025-03-07"), reason: Reason, postponedFrom: DateRange.Parse("2024-10-22/.."))).ParamName);

    [Fact]
    public void An_edition_in_person_within_the_rule_needs_no_reason()
        => Assert.Null(new EventEdition(22, October2024).Reason);

    [Theory]
    [InlineData(1, "1st")]
    [InlineData(2, "2nd")]
    [InlineData(3, "3rd")]
    [InlineData(4, "4th")]
    [InlineData(11, "11th")]
    [InlineData(12, "12th")]
    [InlineData(13, "13th")]
    [InlineData(21, "21st")]
    [InlineData(22, "22nd")]
    [InlineData(23, "23rd")]
    [InlineData(101, "101st")]
    [InlineData(111, "111th")]
    public void An_edition_number_reads_as_an_English_ordinal(int number, string expected)
        => Assert.StartsWith(expected + ",", new EventEdition(number, October2024).Describe("en"), StringComparison.Ordinal);

    [Fact]
    public void The_2021_edition_is_described_in_Korean()
        => Assert.Equal(
            "제19차 2021-10-19/2021-10-21, 서울 잠실 롯데호텔월드, 온·오프라인 병행 (코로나19 사회적 거리두기; 대전시의 공동주관 철회(2021-08-20)로 대전에서 서울로 변경)",
            RecurringEventSamples.Seoul2021.Describe("ko"));

    [Fact]
    public void The_cancelled_2020_edition_is_described_in_English()
        => Assert.Equal(
            "19th, 2020-10-28/2020-10-30, BEXCO, Busan, cancelled (COVID-19: the participants' safety and quarantine on entry (37th steering committee, 2020-08-10))",
            RecurringEventSamples.Busan2020.Describe("en"));

    [Fact]
    public void A_postponed_edition_says_where_it_moved_from()
        => Assert.Equal(
            "2025-03-05/2025-03-07, postponed from 2024-10-22/2024-10-24 (Reason (illustrative))",
            new EventEdition(null, DateRange.Parse("2025-03-05/2025-03-07"), reason: Reason, postponedFrom: October2024).Describe("en"));

    [Fact]
    public void An_edition_described_in_no_language_is_refused()
        => Assert.Equal("culture", Assert.Throws<ArgumentException>(() => RecurringEventSamples.Anaheim2023.Describe(" ")).ParamName);

    private static readonly LocalizedText BilingualReason = LocalizedText.Create("코로나19 확산 (예시)", "COVID-19 spreading (illustrative)");

    [Fact]
    public void An_edition_numbered_zero_is_refused_saying_editions_are_numbered_from_one()
        => Assert.Equal(
            $"An edition is numbered from 1 (제1차). (Parameter 'number'){Environment.NewLine}Actual value was 0.",
            Assert.Throws<ArgumentOutOfRangeException>(() => new EventEdition(0, October2024)).Message);

    [Fact]
    public void An_edition_without_a_last_day_is_refused_showing_its_days()
        => Assert.Equal(
            "An edition's days have a last day (2024-10-22/.. has none). (Parameter 'days')",
            Assert.Throws<ArgumentException>(() => new EventEdition(1, DateRange.Parse("2024-10-22/.."))).Message);

    [Fact]
    public void An_undefined_status_is_refused_listing_the_ways_an_edition_is_held()
        => Assert.Equal(
            $"Name how the edition is held: in person, online, hybrid or cancelled. (Parameter 'status'){Environment.NewLine}Actual value was 9.",
            Assert.Throws<ArgumentOutOfRangeException>(() => new EventEdition(1, October2024, (EditionStatus)9, reason: Reason)).Message);

    [Fact]
    public void A_postponement_to_earlier_days_is_refused_showing_both_days()
        => Assert.Equal(
            "A postponed edition moves later: it was announced for 2024-10-22/2024-10-24 and is now on 2024-10-01/2024-10-03. (Parameter 'postponedFrom')",
            Assert.Throws<ArgumentException>(() => new EventEdition(1, DateRange.Parse("2024-10-01/2024-10-03"), reason: Reason, postponedFrom: October2024)).Message);

    [Theory]
    [InlineData(EditionStatus.Cancelled, "cancelled")]
    [InlineData(EditionStatus.Online, "held online")]
    [InlineData(EditionStatus.Hybrid, "held online and in person")]
    public void An_edition_cancelled_or_held_online_without_a_reason_is_refused_saying_how_it_departs(EditionStatus status, string how)
        => Assert.Equal(
            $"An edition {how} gives its reason. (Parameter 'reason')",
            Assert.Throws<ArgumentException>(() => new EventEdition(1, October2024, status)).Message);

    [Fact]
    public void A_postponed_edition_without_a_reason_is_refused_saying_it_was_postponed()
        => Assert.Equal(
            "An edition postponed gives its reason. (Parameter 'reason')",
            Assert.Throws<ArgumentException>(() => new EventEdition(1, DateRange.Parse("2025-03-05/2025-03-07"), postponedFrom: October2024)).Message);

    [Fact]
    public void A_postponed_edition_held_online_without_a_reason_is_refused_saying_it_was_postponed()
        => Assert.Equal(
            "An edition postponed gives its reason. (Parameter 'reason')",
            Assert.Throws<ArgumentException>(() => new EventEdition(1, DateRange.Parse("2025-03-05/2025-03-07"), EditionStatus.Online, postponedFrom: October2024)).Message);

    [Theory]
    [InlineData("ko", "제22차 2024-10-22/2024-10-24, 온라인 개최 (코로나19 확산 (예시))")]
    [InlineData("en", "22nd, 2024-10-22/2024-10-24, held online (COVID-19 spreading (illustrative))")]
    public void An_edition_held_online_is_described_as_such(string culture, string expected)
        => Assert.Equal(expected, new EventEdition(22, October2024, EditionStatus.Online, reason: BilingualReason).Describe(culture));

    [Fact]
    public void The_2021_edition_is_described_in_English()
        => Assert.Equal(
            "19th, 2021-10-19/2021-10-21, Lotte Hotel World, Jamsil, Seoul, held online and in person (COVID-19 social distancing; moved from Daejeon to Seoul after Daejeon withdrew as co-host (2021-08-20))",
            RecurringEventSamples.Seoul2021.Describe("en"));

    [Fact]
    public void The_cancelled_2020_edition_is_described_in_Korean()
        => Assert.Equal(
            "제19차 2020-10-28/2020-10-30, 부산 벡스코, 취소 (코로나19 지속·재확산에 따른 참가자 안전과 입국 시 격리 조치 (제37차 운영위원회, 2020-08-10))",
            RecurringEventSamples.Busan2020.Describe("ko"));

    [Fact]
    public void A_postponed_edition_says_in_Korean_where_it_moved_from()
        => Assert.Equal(
            "2025-03-05/2025-03-07, 2024-10-22/2024-10-24에서 연기 (코로나19 확산 (예시))",
            new EventEdition(null, DateRange.Parse("2025-03-05/2025-03-07"), reason: BilingualReason, postponedFrom: October2024).Describe("ko"));

    [Fact]
    public void The_next_occurrence_is_the_first_of_the_occurrences_that_begin_after_the_day()
        => Gen.Select(Editions, Gen.Int[0, 365 * 30]).Sample((editions, offset) =>
        {
            var recurring = new RecurringEvent(RecurringEventSamples.ConventionId, LocalizedText.Of("en", "Convention"), new OrganizationId("organiser"), RecurrenceRule.EveryYearIn(10), 2002, [.. editions]);
            var date = new LocalDate(2001, 1, 1).PlusDays(offset);
            var next = recurring.NextAfter(date);

            // At most twelve editions, so at most twelve cancelled years in a row: fourteen years hold the next occurrence.
            var listed = recurring.OccurrencesIn(new DateRange(date.PlusDays(1), date.PlusYears(14))).First(o => o.Days.Start > date);
            return next == listed && next.Edition?.IsCancelled != true;
        });

    /// <summary>Unnumbered editions of some years from 2002 to 2030, each in October, online, cancelled or postponed by up to 200 days.</summary>
    private static Gen<EventEdition[]> Editions
        => Gen.Select(Gen.Int[2002, 2030], Gen.Int[1, 29], Gen.Int[0, 3], Gen.Int[0, 200])
            .Select((year, day, kind, by) =>
            {
                var announced = new DateRange(new LocalDate(year, 10, day), new LocalDate(year, 10, day + 2));
                return kind switch
                {
                    0 => new EventEdition(null, announced),
                    1 => new EventEdition(null, announced, EditionStatus.Online, reason: Reason),
                    2 => new EventEdition(null, announced, EditionStatus.Cancelled, reason: Reason),
                    _ => new EventEdition(null, new DateRange(announced.Start.PlusDays(by + 1), announced.End!.Value.PlusDays(by + 1)), reason: Reason, postponedFrom: announced),
                };
            })
            .Array[0, 12]
            .Select(editions => editions.DistinctBy(e => e.Year).ToArray());
}
