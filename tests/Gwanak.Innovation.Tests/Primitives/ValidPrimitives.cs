using System.Globalization;
using CsCheck;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Tests.Primitives;

/// <summary>Generators of valid values of every primitive that binds as text, across their whole ranges.</summary>
internal static class ValidPrimitives
{
    /// <summary>Every currency the package knows.</summary>
    public static readonly string[] CurrencyCodes = ["KRW", "USD", "EUR", "JPY", "CNY", "GBP", "CAD", "AUD", "NZD", "SGD", "HKD", "TWD", "VND", "CHF"];

    /// <summary>Business registration numbers: a tax office, business type and serial the National Tax Service gives, and their check digit.</summary>
    public static readonly Gen<BusinessRegistrationNumber> BusinessNumbers =
        BusinessRegistrationNumberTests.ValidBusinessDigits.Select(s => BusinessRegistrationNumber.Parse(s));

    /// <summary>Corporate registration numbers: twelve digits and their check digit, never all zeros.</summary>
    public static readonly Gen<CorporateRegistrationNumber> CorporateNumbers =
        CorporateRegistrationNumberTests.ValidCorporateDigits.Where(s => s != "0000000000000").Select(s => CorporateRegistrationNumber.Parse(s));

    /// <summary>Codes of every level: a city or province, a district, a dong and a ri, each part drawn whole.</summary>
    public static readonly Gen<AdministrativeDistrictCode> DistrictCodes =
        Gen.Select(Gen.Int[11, 99], Gen.Int[0, 999], Gen.Int[0, 999], Gen.Int[0, 99]).Select((p, d, t, r) =>
        {
            long code = (p * 100_000_000L) + (d * 100_000L) + (d == 0 ? 0 : (t * 100L) + (t == 0 ? 0 : r));
            return AdministrativeDistrictCode.Parse(code.ToString("D10", CultureInfo.InvariantCulture));
        });

    /// <summary>Any decimal amount, rounded to the minor units of any known currency.</summary>
    public static readonly Gen<Money> Money = Gen.Select(Gen.Decimal, Gen.Int[0, CurrencyCodes.Length - 1], (amount, c) =>
    {
        var currency = Currency.FromCode(CurrencyCodes[c]);
        return new Money(decimal.Round(amount, currency.MinorUnits), currency);
    });

    /// <summary>Ranges from any day NodaTime's ISO calendar holds, open or closed.</summary>
    public static readonly Gen<DateRange> DateRanges =
        Gen.Select(Gen.Int[0, Days(LocalDate.MinIsoValue, LocalDate.MaxIsoValue)], Gen.Int[-1, 5000]).Select((start, length) =>
        {
            var first = LocalDate.MinIsoValue.PlusDays(start);
            int room = Days(first, LocalDate.MaxIsoValue);
            return length < 0 ? new DateRange(first) : new DateRange(first, first.PlusDays(length % (room + 1)));
        });

    private static int Days(LocalDate from, LocalDate to) => Period.DaysBetween(from, to);
}
