using System;

namespace Gwanak.Innovation.Primitives;

/// <summary>The shared rule for the text of identifiers such as <see cref="OrganizationId"/>.</summary>
/// <remarks>
/// An identifier is 1–100 characters of ASCII letters, digits and <c>- _ . :</c>, so that a district can use
/// its own keys (slugs such as <c>kaccoc</c>, database numbers, GUIDs) and still put them in a URL.
/// </remarks>
internal static class Identifier
{
    public const int MaxLength = 100;

    public static string? Check(string? value, string kind)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return $"An {kind} cannot be empty.";
        }

        if (value.Length > MaxLength)
        {
            return $"An {kind} has at most {MaxLength} characters; '{value[..20]}…' has {value.Length}.";
        }

        foreach (char c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.' or ':'))
            {
                return $"'{value}' is not an {kind}: '{c}' is not allowed (ASCII letters, digits and - _ . : only).";
            }
        }

        return null;
    }

    public static string Require(string value, string kind, string parameterName)
    {
        string? error = Check(value, kind);
        return error is null ? value : throw new ArgumentException(error, parameterName);
    }
}
