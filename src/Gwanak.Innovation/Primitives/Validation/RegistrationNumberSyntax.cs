// This file is compiled into both the library and its analyzer (as a linked file), so that the
// compile-time check and the run-time parser can never disagree. Keep it free of dependencies
// beyond netstandard2.0 + System.Memory.
using System;

namespace Gwanak.Innovation.Primitives.Validation;

/// <summary>Why a text is not a valid registration number.</summary>
internal enum RegistrationNumberError
{
    /// <summary>The text is valid.</summary>
    None = 0,

    /// <summary>The text is empty or white space.</summary>
    Empty,

    /// <summary>A character other than a digit, a hyphen or surrounding white space.</summary>
    NonDigit,

    /// <summary>Hyphens are present but not at the places the canonical form puts them.</summary>
    HyphenPlacement,

    /// <summary>The number of digits is wrong.</summary>
    Length,

    /// <summary>Every digit is zero: no number is issued so, and it is the digits of a <see langword="default"/> value.</summary>
    Zero,

    /// <summary>The last digit does not match the check digit computed from the others.</summary>
    CheckDigit,

    /// <summary>A business number's tax-office code (digits 1–3) is below 101: no tax office has such a code.</summary>
    TaxOffice,

    /// <summary>A business number's business-type code (digits 4–5) is 00, which the National Tax Service does not give.</summary>
    BusinessType,

    /// <summary>A business number's serial (digits 6–9) is 0000: serials start at 0001.</summary>
    Serial,
}

/// <summary>
/// Syntax and check-digit rules of the Korean business registration number (사업자등록번호, 10 digits,
/// <c>NNN-NN-NNNNN</c>) and corporate registration number (법인등록번호, 13 digits, <c>NNNNNN-NNNNNNN</c>).
/// </summary>
/// <remarks>
/// Business number (issued by the National Tax Service on registration under the Value-Added Tax Act Art. 8):
/// tax office (3 digits), kind of business (2), serial (4) and check digit (1); weights 1,3,7,1,3,7,1,3,5 on digits
/// 1–9, plus floor(d9 × 5 / 10); check digit = (10 − sum mod 10) mod 10. Corporate number (given by the registry
/// office on a corporation's registration): registry office (4), kind of corporation (2), serial (6) and check digit
/// (1); weights 1,2,1,2,… on digits 1–12; check digit = (10 − sum mod 10) mod 10. Both schemes, and what is known of
/// their sources, are set out in the repository's docs/domain.md. A number of zeros only passes both checks but is
/// never issued, so it is refused. A business number's parts are also checked as the National Tax Service's numbering
/// (국세청 사업자등록번호 체계, under the Value-Added Tax Act Art. 8 and its Enforcement Decree) gives them: the
/// tax-office code is 101 or above, the business-type code is not 00 and the serial is not 0000.
/// </remarks>
internal static class RegistrationNumberSyntax
{
    /// <summary>Digits of a business registration number.</summary>
    public const int BusinessDigits = 10;

    /// <summary>Digits of a corporate registration number.</summary>
    public const int CorporateDigits = 13;

    /// <summary>The lowest tax-office code (세무서 코드) of a business number: the codes start at 101.</summary>
    public const int LowestTaxOffice = 101;

    // The words the failure messages use; the library's Parse and the analyzer both word a failure through here.
    private const string BusinessKind = "business registration number (사업자등록번호)";
    private const string BusinessPattern = "NNN-NN-NNNNN";
    private const string CorporateKind = "corporate registration number (법인등록번호)";
    private const string CorporatePattern = "NNNNNN-NNNNNNN";

    private static ReadOnlySpan<byte> BusinessWeights => new byte[] { 1, 3, 7, 1, 3, 7, 1, 3, 5 };

    /// <summary>Reads a business registration number; on success <paramref name="value"/> holds its 10 digits as a number.</summary>
    public static RegistrationNumberError TryReadBusiness(ReadOnlySpan<char> text, out long value)
        => TryRead(text, BusinessDigits, 3, 5, out value);

    /// <summary>Reads a corporate registration number; on success <paramref name="value"/> holds its 13 digits as a number.</summary>
    public static RegistrationNumberError TryReadCorporate(ReadOnlySpan<char> text, out long value)
        => TryRead(text, CorporateDigits, 6, -1, out value);

    /// <summary>Why <paramref name="text"/> is not a business registration number, in the words of its <c>Parse</c>.</summary>
    public static string DescribeBusiness(RegistrationNumberError error, string text)
        => Describe(error, BusinessKind, text, BusinessDigits, BusinessPattern);

    /// <summary>Why <paramref name="text"/> is not a corporate registration number, in the words of its <c>Parse</c>.</summary>
    public static string DescribeCorporate(RegistrationNumberError error, string text)
        => Describe(error, CorporateKind, text, CorporateDigits, CorporatePattern);

    private static RegistrationNumberError TryRead(ReadOnlySpan<char> text, int digits, int firstHyphen, int secondHyphen, out long value)
    {
        value = 0;
        int digitCount = 0;
        text = text.Trim();
        if (text.IsEmpty)
        {
            return RegistrationNumberError.Empty;
        }

        int hyphens = 0;
        bool hyphensWellPlaced = true;
        Span<byte> d = stackalloc byte[16];
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is >= '0' and <= '9')
            {
                if (digitCount < d.Length)
                {
                    d[digitCount] = (byte)(c - '0');
                }

                digitCount++;
            }
            else if (c == '-')
            {
                hyphens++;
                if (digitCount != firstHyphen && digitCount != secondHyphen)
                {
                    hyphensWellPlaced = false;
                }
            }
            else
            {
                return RegistrationNumberError.NonDigit;
            }
        }

        if (digitCount != digits)
        {
            return RegistrationNumberError.Length;
        }

        int expectedHyphens = secondHyphen < 0 ? 1 : 2;
        if (hyphens != 0 && (hyphens != expectedHyphens || !hyphensWellPlaced))
        {
            return RegistrationNumberError.HyphenPlacement;
        }

        long number = 0;
        for (int i = 0; i < digits; i++)
        {
            number = (number * 10) + d[i];
        }

        if (number == 0)
        {
            return RegistrationNumberError.Zero;
        }

        var part = digits == BusinessDigits ? BusinessPartError(d) : RegistrationNumberError.None;
        if (part != RegistrationNumberError.None)
        {
            return part;
        }

        int check = digits == BusinessDigits ? BusinessCheckDigit(d) : CorporateCheckDigit(d);
        if (check != d[digits - 1])
        {
            return RegistrationNumberError.CheckDigit;
        }

        value = number;
        return RegistrationNumberError.None;
    }

    // The parts of a business number that the National Tax Service never gives: a tax office below 101, business type 00, serial 0000.
    private static RegistrationNumberError BusinessPartError(ReadOnlySpan<byte> d)
    {
        if ((d[0] * 100) + (d[1] * 10) + d[2] < LowestTaxOffice)
        {
            return RegistrationNumberError.TaxOffice;
        }

        if (d[3] == 0 && d[4] == 0)
        {
            return RegistrationNumberError.BusinessType;
        }

        return d[5] == 0 && d[6] == 0 && d[7] == 0 && d[8] == 0 ? RegistrationNumberError.Serial : RegistrationNumberError.None;
    }

    /// <summary>The check digit of a business number from its first nine digits.</summary>
    public static int BusinessCheckDigit(ReadOnlySpan<byte> digits)
    {
        int sum = 0;
        for (int i = 0; i < 9; i++)
        {
            sum += digits[i] * BusinessWeights[i];
        }

        sum += digits[8] * 5 / 10;
        return (10 - (sum % 10)) % 10;
    }

    /// <summary>The check digit of a corporate number from its first twelve digits.</summary>
    public static int CorporateCheckDigit(ReadOnlySpan<byte> digits)
    {
        int sum = 0;
        for (int i = 0; i < 12; i++)
        {
            sum += digits[i] * ((i % 2) + 1);
        }

        return (10 - (sum % 10)) % 10;
    }

    // A sentence saying why the text is not a registration number of the given kind; error is not None.
    private static string Describe(RegistrationNumberError error, string kind, string text, int digits, string pattern)
    {
        switch (error)
        {
            case RegistrationNumberError.Empty:
                return "A " + kind + " was expected, but the text is empty.";
            case RegistrationNumberError.NonDigit:
                return "'" + text + "' is not a " + kind + ": only digits and hyphens are allowed (" + pattern + ").";
            case RegistrationNumberError.HyphenPlacement:
                return "'" + text + "' is not a " + kind + ": hyphens are allowed only as in " + pattern + ", or not at all.";
            case RegistrationNumberError.Length:
                return "'" + text + "' is not a " + kind + ": it must have " + digits + " digits (" + pattern + "), but has " + CountDigits(text) + ".";
            case RegistrationNumberError.Zero:
                return "'" + text + "' is not a " + kind + ": every digit is zero, and no number is issued so.";
            case RegistrationNumberError.CheckDigit:
                return "'" + text + "' is not a " + kind + ": the last digit does not match the check digit computed from the others.";
            case RegistrationNumberError.TaxOffice:
                return "'" + text + "' is not a " + kind + ": its tax-office code (the first three digits) is below 101, and no tax office has such a code.";
            case RegistrationNumberError.BusinessType:
                return "'" + text + "' is not a " + kind + ": its business-type code (the fourth and fifth digits) is 00, which is never given.";
            case RegistrationNumberError.Serial:
                return "'" + text + "' is not a " + kind + ": its serial (the sixth to ninth digits) is 0000; serials start at 0001.";
            default:
                // Only a failure is described (both Parse and the analyzer ask after a failed read), and each has its case.
                throw new ArgumentOutOfRangeException(nameof(error), error, null);
        }
    }

    private static int CountDigits(string text)
    {
        int n = 0;
        foreach (char c in text)
        {
            if (c is >= '0' and <= '9')
            {
                n++;
            }
        }

        return n;
    }
}
