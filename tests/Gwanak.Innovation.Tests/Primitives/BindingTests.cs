using System;
using System.Collections.Generic;
using System.Globalization;
using CsCheck;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Tests.Primitives;

/// <summary>
/// The primitives bind as a framework binds route, query and configuration values: through <see cref="IParsable{TSelf}"/>
/// and <see cref="ISpanFormattable"/>, with no glue.
/// </summary>
public sealed class BindingTests
{
    private static readonly Dictionary<Type, Func<string, object>> Binders = new()
    {
        [typeof(Money)] = s => Bind<Money>(s),
        [typeof(BusinessRegistrationNumber)] = s => Bind<BusinessRegistrationNumber>(s),
        [typeof(CorporateRegistrationNumber)] = s => Bind<CorporateRegistrationNumber>(s),
        [typeof(AdministrativeDistrictCode)] = s => Bind<AdministrativeDistrictCode>(s),
        [typeof(DateRange)] = s => Bind<DateRange>(s),
    };

    // Any text, and text made of the characters the parsers look at, so that random input reaches their deeper paths.
    private static readonly Gen<string> AnyText = Gen.OneOf(
        Gen.String,
        Gen.String[Gen.Char["0123456789-/., 억만조경천백십원₩KRWUSDXYZ"], 0, 40],
        Gen.String[Gen.Char["0-"], 0, 16]);

    [Theory]
    [InlineData(typeof(Money), "200억 원", "KRW 20,000,000,000")]
    [InlineData(typeof(Money), "USD 1,234.50", "USD 1,234.50")]
    [InlineData(typeof(BusinessRegistrationNumber), "1248100998", "124-81-00998")]
    [InlineData(typeof(CorporateRegistrationNumber), "1301110006246", "130111-0006246")]
    [InlineData(typeof(AdministrativeDistrictCode), "1162000000", "11620")]
    [InlineData(typeof(DateRange), "2023-07-05/2023-07-13", "2023-07-05/2023-07-13")]
    public void A_route_value_binds_through_IParsable(Type type, string text, string canonical)
        => Assert.Equal(canonical, Binders[type](text).ToString());

    [Theory]
    [InlineData(typeof(Money), "200억", "names no currency")]
    [InlineData(typeof(BusinessRegistrationNumber), "124-81-00997", "check digit")]
    [InlineData(typeof(BusinessRegistrationNumber), "000-00-00000", "every digit is zero")]
    [InlineData(typeof(CorporateRegistrationNumber), "0000000000000", "every digit is zero")]
    [InlineData(typeof(AdministrativeDistrictCode), "00000", "cannot be 00")]
    [InlineData(typeof(DateRange), "2023-07-05/2023-07-01", "last day is before the first day")]
    public void Binding_invalid_text_throws_a_FormatException_that_names_the_problem(Type type, string text, string problem)
        => Assert.Contains(problem, Assert.Throws<FormatException>(() => Binders[type](text)).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData(typeof(Money))]
    [InlineData(typeof(BusinessRegistrationNumber))]
    [InlineData(typeof(CorporateRegistrationNumber))]
    [InlineData(typeof(AdministrativeDistrictCode))]
    [InlineData(typeof(DateRange))]
    public void Binding_null_throws_an_ArgumentNullException_naming_the_text(Type type)
        => Assert.Equal("s", Assert.Throws<ArgumentNullException>(() => Binders[type](null!)).ParamName);

    [Fact]
    public void Money_reads_back_its_ISO_and_Korean_forms_and_writes_every_form_into_a_span()
    {
        ParsesBack(ValidPrimitives.Money, "G", "K");
        WritesIntoSpans(ValidPrimitives.Money, "G", "K", "E");
    }

    [Fact]
    public void A_business_registration_number_reads_back_both_its_forms_and_writes_them_into_a_span()
    {
        ParsesBack(ValidPrimitives.BusinessNumbers, "G", "D");
        WritesIntoSpans(ValidPrimitives.BusinessNumbers, "G", "D");
    }

    [Fact]
    public void A_corporate_registration_number_reads_back_both_its_forms_and_writes_them_into_a_span()
    {
        ParsesBack(ValidPrimitives.CorporateNumbers, "G", "D");
        WritesIntoSpans(ValidPrimitives.CorporateNumbers, "G", "D");
    }

    [Fact]
    public void A_district_code_reads_back_both_its_forms_and_writes_them_into_a_span()
    {
        ParsesBack(ValidPrimitives.DistrictCodes, "G", "L");
        WritesIntoSpans(ValidPrimitives.DistrictCodes, "G", "L");
    }

    [Fact]
    public void A_date_range_reads_back_its_ISO_form_and_writes_it_into_a_span()
    {
        ParsesBack(ValidPrimitives.DateRanges, "G");
        WritesIntoSpans(ValidPrimitives.DateRanges, "G");
    }

    [Fact]
    public void Random_text_never_makes_TryParse_throw_and_TryParse_agrees_with_Parse()
    {
        AgreesWithParse<Money>();
        AgreesWithParse<BusinessRegistrationNumber>();
        AgreesWithParse<CorporateRegistrationNumber>();
        AgreesWithParse<AdministrativeDistrictCode>();
        AgreesWithParse<DateRange>();
    }

    [Fact]
    public void Parsing_never_yields_a_default_registration_number_or_district_code()
    {
        NeverYieldsDefault<BusinessRegistrationNumber>();
        NeverYieldsDefault<CorporateRegistrationNumber>();
        NeverYieldsDefault<AdministrativeDistrictCode>();
    }

    [Fact]
    public void A_default_registration_number_or_district_code_formats_as_zeros_that_parsing_refuses()
    {
        string[] texts =
        [
            default(BusinessRegistrationNumber).ToString(), default(BusinessRegistrationNumber).ToString("D", null),
            default(CorporateRegistrationNumber).ToString(), default(CorporateRegistrationNumber).ToString("D", null),
            default(AdministrativeDistrictCode).ToString(), default(AdministrativeDistrictCode).ToString("L", null),
        ];
        Assert.Equal(["000-00-00000", "0000000000", "000000-0000000", "0000000000000", "00000", "0000000000"], texts);
        Assert.DoesNotContain(texts, t => BusinessRegistrationNumber.TryParse(t, out _) || CorporateRegistrationNumber.TryParse(t, out _) || AdministrativeDistrictCode.TryParse(t, out _));
    }

    [Theory]
    [InlineData(typeof(Money), "X", "G (KRW 20,000,000,000, the default), K (200억 원) or E (KRW 20 billion)")]
    [InlineData(typeof(BusinessRegistrationNumber), "N", "G (124-81-00998, the default) or D (1248100998)")]
    [InlineData(typeof(CorporateRegistrationNumber), "GG", "G (130111-0006246, the default) or D (1301110006246)")]
    [InlineData(typeof(AdministrativeDistrictCode), "D", "G (11620 or 1162010100, the default) or L (1162000000)")]
    [InlineData(typeof(DateRange), "O", "G (2023-07-05/2023-07-13 or 2023-07-05/..)")]
    public void An_unknown_format_throws_a_FormatException_that_lists_the_formats(Type type, string format, string formats)
    {
        var value = (ISpanFormattable)Binders[type](Samples[type]);
        Assert.Contains(formats, Assert.Throws<FormatException>(() => value.ToString(format, CultureInfo.InvariantCulture)).Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => value.TryFormat(new char[40], out _, format, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Interpolation_uses_the_formats()
        => Assert.Equal(
            "200억 원 1248100998 1162000000",
            $"{Money.Won(20_000_000_000):K} {BusinessRegistrationNumber.Parse("124-81-00998"):D} {AdministrativeDistrictCode.Seoul.Gwanak:L}");

    private static readonly Dictionary<Type, string> Samples = new()
    {
        [typeof(Money)] = "200억 원",
        [typeof(BusinessRegistrationNumber)] = "124-81-00998",
        [typeof(CorporateRegistrationNumber)] = "130111-0006246",
        [typeof(AdministrativeDistrictCode)] = "11620",
        [typeof(DateRange)] = "2023-07-05/..",
    };

    // How ASP.NET Core binds a route or query value and how configuration binds a setting: through IParsable<T>.
    private static T Bind<T>(string s)
        where T : IParsable<T>
        => T.Parse(s, CultureInfo.InvariantCulture);

    private static void ParsesBack<T>(Gen<T> values, params string[] formats)
        where T : ISpanParsable<T>, ISpanFormattable, IEquatable<T>
        => values.Sample(x =>
            x.ToString() == x.ToString("G", null)
            && Array.TrueForAll(formats, f =>
            {
                string text = x.ToString(f, CultureInfo.InvariantCulture);
                return T.Parse(text, null).Equals(x) && T.TryParse(text.AsSpan(), null, out var again) && again.Equals(x);
            }));

    private static void WritesIntoSpans<T>(Gen<T> values, params string[] formats)
        where T : ISpanFormattable
        => values.Sample(x => Array.TrueForAll(formats, f =>
        {
            string text = x.ToString(f, CultureInfo.InvariantCulture);
            char[] exact = new char[text.Length];
            bool fits = x.TryFormat(exact, out int written, f, null) && written == text.Length && new string(exact) == text;
            bool tooShort = !x.TryFormat(new char[text.Length - 1], out int none, f, null) && none == 0;
            return fits && tooShort;
        }));

    private static void AgreesWithParse<T>()
        where T : ISpanParsable<T>, IEquatable<T>
        => AnyText.Sample(s =>
        {
            bool parsed = T.TryParse(s, null, out var fromString);
            bool parsedSpan = T.TryParse(s.AsSpan(), null, out var fromSpan);
            try
            {
                T value = T.Parse(s, null);
                return parsed && parsedSpan && value.Equals(fromString) && value.Equals(fromSpan);
            }
            catch (FormatException e)
            {
                return !parsed && !parsedSpan && e.Message.Length > 0;
            }
        });

    private static void NeverYieldsDefault<T>()
        where T : struct, ISpanParsable<T>, IEquatable<T>
        => AnyText.Sample(s => !T.TryParse(s, null, out var value) || !value.Equals(default));
}
