using System;

namespace Gwanak.Innovation.Primitives;

/// <summary>The stable identifier of an agreement; other contexts refer to an agreement only through it.</summary>
/// <remarks>1–100 characters of ASCII letters, digits and <c>- _ . :</c>, compared case-sensitively.</remarks>
public readonly record struct AgreementId
{
    private const string Kind = "agreement id";
    private readonly string? value;

    /// <summary>Creates an identifier.</summary>
    /// <param name="value">For example <c>kaccoc</c> or <c>gwanak-gu-office</c>.</param>
    /// <exception cref="ArgumentException">The value is empty, longer than 100 characters or has a character not allowed.</exception>
    public AgreementId(string value) => this.value = Identifier.Require(value, Kind, nameof(value));

    /// <summary>The text of the identifier.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Creates an identifier from user text, never throwing.</summary>
    /// <param name="value">The text.</param>
    /// <param name="id">The identifier, when the text is valid.</param>
    /// <returns><see langword="true"/> when the text is a valid identifier.</returns>
    public static bool TryCreate(string? value, out AgreementId id)
    {
        bool ok = Identifier.Check(value, Kind) is null;
        id = ok ? new AgreementId(value!) : default;
        return ok;
    }

    /// <summary>The text of the identifier.</summary>
    /// <returns>The value.</returns>
    public override string ToString() => Value;
}
