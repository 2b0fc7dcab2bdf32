using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Exchange;

/// <summary>A person in a role for an organisation: a delegation member or someone the delegation met.</summary>
/// <remarks>The name is personal data; it may be left out when it was not published (the 2023 press article on Gwanak-gu's delegation names only the district mayor).</remarks>
public sealed record PersonInRole
{
    /// <summary>Creates the person in a role.</summary>
    /// <param name="role">The role, for example <c>구청장</c> / <c>District Mayor</c>.</param>
    /// <param name="organization">The organisation the person acts for, when registered.</param>
    /// <param name="name">The name, when published; personal data.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="role"/> is null.</exception>
    public PersonInRole(LocalizedText role, OrganizationId? organization = null, PersonName? name = null)
    {
        Role = Guard.Against.Null(role);
        Organization = organization;
        Name = name;
    }

    /// <summary>The name, when published.</summary>
    [PersonalData]
    public PersonName? Name { get; }

    /// <summary>The role.</summary>
    public LocalizedText Role { get; }

    /// <summary>The organisation the person acts for, when registered.</summary>
    public OrganizationId? Organization { get; }

    /// <summary>The role and, when given, the organisation; never the name, which is personal data.</summary>
    /// <returns>For example <c>District Mayor (gwanak-gu-office)</c>.</returns>
    public override string ToString() => Role.English + (Organization is { } o ? $" ({o})" : string.Empty);
}
