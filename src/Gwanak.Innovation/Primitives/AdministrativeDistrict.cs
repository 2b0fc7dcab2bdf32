using Ardalis.GuardClauses;

namespace Gwanak.Innovation.Primitives;

/// <summary>A named administrative district: its code and its name in Korean and English.</summary>
public sealed record AdministrativeDistrict
{
    /// <summary>Creates a named district.</summary>
    /// <param name="code">The code, for example <c>11620</c>.</param>
    /// <param name="name">The bilingual name, for example <c>관악구</c> / <c>Gwanak-gu</c>.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="name"/> is null.</exception>
    public AdministrativeDistrict(AdministrativeDistrictCode code, LocalizedText name)
    {
        Code = code;
        Name = Guard.Against.Null(name);
    }

    /// <summary>The code.</summary>
    public AdministrativeDistrictCode Code { get; }

    /// <summary>The name in Korean and English (and any further language).</summary>
    public LocalizedText Name { get; }
}
