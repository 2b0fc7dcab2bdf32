// This file is compiled into both the library and its analyzer (as a linked file), so that the
// compile-time check and the run-time parser can never disagree. Keep it free of dependencies
// beyond netstandard2.0 + System.Memory.
using System;

namespace Gwanak.Innovation.Primitives.Validation;

/// <summary>
/// Syntax of Korean administrative district codes (행정구역코드): the 5-digit si/gun/gu code (시·군·구, e.g.
/// Gwanak-gu 11620) and the 10-digit legal-dong code (법정동코드) = district (5) + eup/myeon/dong (3) + ri (2).
/// </summary>
/// <remarks>
/// Source: 법정동코드 of the Ministry of the Interior and Safety, published in its 행정표준코드관리시스템 (code.go.kr);
/// the repository's docs/domain.md describes it. A code is a hierarchy read left to right: a zero part can only be
/// followed by zero parts, and the first two digits (the city or province, 시·도) are never 00.
/// </remarks>
internal static class AdministrativeCodeSyntax
{
    /// <summary>Reads a 5- or 10-digit code; on success <paramref name="code10"/> holds it widened to 10 digits.</summary>
    /// <returns><see langword="null"/> on success, otherwise a sentence saying what is wrong.</returns>
    public static string? TryRead(ReadOnlySpan<char> text, out long code10)
    {
        code10 = 0;
        text = text.Trim();
        if (text.IsEmpty)
        {
            return "An administrative district code was expected, but the text is empty.";
        }

        long value = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is < '0' or > '9')
            {
                return "'" + text.ToString() + "' is not an administrative district code: '" + c + "' at position " + (i + 1) + " is not a digit.";
            }

            // Every character is checked; only the first ten digits are kept, so a long text cannot overflow.
            if (i < 10)
            {
                value = (value * 10) + (c - '0');
            }
        }

        if (text.Length == 5)
        {
            value *= 100_000;
        }
        else if (text.Length != 10)
        {
            return "'" + text.ToString() + "' is not an administrative district code: it must have 5 digits (si/gun/gu, e.g. 11620) or 10 digits (legal dong, e.g. 1162010100), but has " + text.Length + ".";
        }

        string? error = CheckHierarchy(value);
        if (error is not null)
        {
            return "'" + text.ToString() + "' is not an administrative district code: " + error;
        }

        code10 = value;
        return null;
    }

    /// <summary>Checks that a 10-digit value reads as province → district → town → village without gaps.</summary>
    public static string? CheckHierarchy(long code10)
    {
        long province = code10 / 100_000_000;
        long district = code10 / 100_000 % 1000;
        long town = code10 / 100 % 1000;
        long village = code10 % 100;
        if (province == 0)
        {
            return "the city/province part (first two digits) cannot be 00.";
        }

        if (district == 0 && (town != 0 || village != 0))
        {
            return "a dong or ri part cannot follow a district part of 000.";
        }

        if (town == 0 && village != 0)
        {
            return "a ri part cannot follow an eup/myeon/dong part of 000.";
        }

        return null;
    }
}
