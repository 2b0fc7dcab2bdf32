using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ventures;

/// <summary>
/// A company in the district that is, or may become, a confirmed venture company (벤처기업): identified by its
/// business registration number, located in a legal dong, with its technology fields and its confirmations.
/// </summary>
/// <remarks>
/// Immutable: <see cref="Confirm"/> returns the company with one more confirmation. A company without any
/// confirmation is an ordinary small or medium enterprise, which the zone criteria also count.
/// </remarks>
public sealed class VentureCompany
{
    private VentureCompany(
        BusinessRegistrationNumber registrationNumber,
        LocalizedText name,
        LocalDate foundedOn,
        AdministrativeDistrictCode location,
        ImmutableArray<TechnologyField> technologyFields,
        int employees,
        bool isSmallOrMediumEnterprise,
        ImmutableArray<VentureConfirmation> confirmations)
    {
        RegistrationNumber = registrationNumber;
        Name = name;
        FoundedOn = foundedOn;
        Location = location;
        TechnologyFields = technologyFields;
        Employees = employees;
        IsSmallOrMediumEnterprise = isSmallOrMediumEnterprise;
        Confirmations = confirmations;
    }

    /// <summary>The business registration number (사업자등록번호), the company's identity.</summary>
    public BusinessRegistrationNumber RegistrationNumber { get; }

    /// <summary>The name in Korean and English.</summary>
    public LocalizedText Name { get; }

    /// <summary>The founding day.</summary>
    public LocalDate FoundedOn { get; }

    /// <summary>The legal dong (법정동) of the registered place of business.</summary>
    public AdministrativeDistrictCode Location { get; }

    /// <summary>The technology fields, deep tech among them.</summary>
    public ImmutableArray<TechnologyField> TechnologyFields { get; }

    /// <summary>The number of employees.</summary>
    public int Employees { get; }

    /// <summary>True when the company is a small or medium enterprise (중소기업) under the Framework Act on SMEs.</summary>
    public bool IsSmallOrMediumEnterprise { get; }

    /// <summary>The venture confirmations, oldest first.</summary>
    public ImmutableArray<VentureConfirmation> Confirmations { get; }

    /// <summary>True when at least one technology field is deep tech.</summary>
    public bool IsDeepTech => TechnologyFields.Any(f => f.IsDeepTech);

    /// <summary>Registers a company.</summary>
    /// <param name="registrationNumber">The business registration number.</param>
    /// <param name="name">The bilingual name.</param>
    /// <param name="foundedOn">The founding day.</param>
    /// <param name="location">The legal dong of the place of business (a 10-digit code).</param>
    /// <param name="technologyFields">The technology fields (may be empty).</param>
    /// <param name="employees">The number of employees, zero or more.</param>
    /// <param name="isSmallOrMediumEnterprise">True (the usual case) when the company is an SME.</param>
    /// <returns>The company, without confirmations.</returns>
    /// <exception cref="ArgumentException">The location is not a legal dong, or the employee count is negative.</exception>
    public static VentureCompany Register(
        BusinessRegistrationNumber registrationNumber,
        LocalizedText name,
        LocalDate foundedOn,
        AdministrativeDistrictCode location,
        IEnumerable<TechnologyField> technologyFields,
        int employees,
        bool isSmallOrMediumEnterprise = true)
    {
        Guard.Against.Null(name);
        Guard.Against.Null(technologyFields);
        Guard.Against.Negative(employees);
        if (location.Level < AdministrativeLevel.Dong)
        {
            throw new ArgumentException($"The location {location} is a {location.Level}; a company is located in a legal dong (10-digit code such as 1162010100).", nameof(location));
        }

        return new VentureCompany(
            registrationNumber, name, foundedOn, location, technologyFields.Distinct().ToImmutableArray(), employees, isSmallOrMediumEnterprise, []);
    }

    /// <summary>Records a venture confirmation.</summary>
    /// <param name="confirmation">The confirmation.</param>
    /// <returns>The company with the confirmation.</returns>
    /// <exception cref="DomainRuleException">
    /// <see cref="VentureRules.ConfirmationBeforeFounding"/> when it is dated before the founding day (a pre-venture
    /// confirmation may precede it); <see cref="VentureRules.ConfirmationRecordedTwice"/> when it is already recorded.
    /// </exception>
    public VentureCompany Confirm(VentureConfirmation confirmation)
    {
        Guard.Against.Null(confirmation);
        if (confirmation.Type != VentureConfirmationType.PreVenture && confirmation.ConfirmedOn < FoundedOn)
        {
            throw new DomainRuleException(
                VentureRules.ConfirmationBeforeFounding,
                $"A {confirmation.Type} confirmation dated {confirmation.ConfirmedOn:uuuu-MM-dd} was recorded for {Name.Korean} ({RegistrationNumber}), founded on {FoundedOn:uuuu-MM-dd}; only a pre-venture confirmation may precede the founding day.");
        }

        if (Confirmations.Contains(confirmation))
        {
            throw new DomainRuleException(
                VentureRules.ConfirmationRecordedTwice,
                $"The {confirmation.Type} confirmation of {confirmation.ConfirmedOn:uuuu-MM-dd} is already recorded for {Name.Korean} ({RegistrationNumber}); each confirmation is recorded once.");
        }

        var confirmations = Confirmations.Add(confirmation).Sort((a, b) => a.ConfirmedOn.CompareTo(b.ConfirmedOn));
        return new VentureCompany(RegistrationNumber, Name, FoundedOn, Location, TechnologyFields, Employees, IsSmallOrMediumEnterprise, confirmations);
    }

    /// <summary>The company with another employee count (for example from a yearly survey).</summary>
    /// <param name="employees">The number of employees, zero or more.</param>
    /// <returns>The updated company.</returns>
    public VentureCompany WithEmployees(int employees)
    {
        Guard.Against.Negative(employees);
        return new VentureCompany(RegistrationNumber, Name, FoundedOn, Location, TechnologyFields, employees, IsSmallOrMediumEnterprise, Confirmations);
    }

    /// <summary>The confirmation valid on a day, the most recent when several are.</summary>
    /// <param name="date">The day.</param>
    /// <param name="policy">The validity policy; <see cref="VentureConfirmationPolicy.Default"/> when null.</param>
    /// <returns>The confirmation, or <see langword="null"/> when the company is not a confirmed venture company that day.</returns>
    public VentureConfirmation? ConfirmationOn(LocalDate date, VentureConfirmationPolicy? policy = null)
    {
        policy ??= VentureConfirmationPolicy.Default;
        for (int i = Confirmations.Length - 1; i >= 0; i--)
        {
            if (policy.IsValidOn(Confirmations[i], date))
            {
                return Confirmations[i];
            }
        }

        return null;
    }

    /// <summary>True when the company holds a valid venture confirmation on a day (the issue day and the last valid day included).</summary>
    /// <param name="date">The day.</param>
    /// <param name="policy">The validity policy; <see cref="VentureConfirmationPolicy.Default"/> when null.</param>
    /// <returns><see langword="true"/> when confirmed that day.</returns>
    public bool IsConfirmedVentureOn(LocalDate date, VentureConfirmationPolicy? policy = null)
        => ConfirmationOn(date, policy) is not null;

    /// <summary>The name and registration number.</summary>
    /// <returns>For example <c>관악로보틱스 (124-81-00998)</c>.</returns>
    public override string ToString() => $"{Name.Korean} ({RegistrationNumber})";
}
