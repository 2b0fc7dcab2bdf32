using Ardalis.GuardClauses;

namespace Gwanak.Innovation.Primitives;

/// <summary>A person's name, in one or more languages: personal data, marked as such for exports.</summary>
/// <remarks>
/// Popolo <c>Person.name</c>. <see cref="ToString"/> gives the primary form; a public export should write
/// <see cref="Redacted"/> instead, or leave the member out.
/// </remarks>
[PersonalData]
public sealed record PersonName
{
    /// <summary>What a public export writes in place of a name.</summary>
    public const string Redacted = "[personal data]";

    /// <summary>Creates a name.</summary>
    /// <param name="name">The name, for example Korean <c>박준희</c> and English <c>Park Jun-hee</c>.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="name"/> is null.</exception>
    public PersonName(LocalizedText name) => Name = Guard.Against.Null(name);

    /// <summary>The name in its languages.</summary>
    public LocalizedText Name { get; }

    /// <summary>A name in Korean and English.</summary>
    /// <param name="korean">The Korean form.</param>
    /// <param name="english">The romanised form.</param>
    /// <returns>The name.</returns>
    public static PersonName Create(string korean, string english) => new(LocalizedText.Create(korean, english));

    /// <summary>A name in one language.</summary>
    /// <param name="culture">The culture name, for example <c>en</c>.</param>
    /// <param name="name">The name.</param>
    /// <returns>The name.</returns>
    public static PersonName Of(string culture, string name) => new(LocalizedText.Of(culture, Guard.Against.NullOrWhiteSpace(name)));

    /// <summary>The primary form of the name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name.ToString();
}
