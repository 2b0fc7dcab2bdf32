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
/// Immutable and audited: <see cref="Confirm"/> and <see cref="ReportEmployees"/> return the company with one more
/// event in <see cref="History"/>; <see cref="Replay"/> rebuilds an equal company. A company without any
/// confirmation is an ordinary small or medium enterprise, which the zone criteria also count.
/// </remarks>
public sealed class VentureCompany : IEquatable<VentureCompany>
{
    private readonly VentureCompanyRegistered registration;

    private VentureCompany(VentureCompanyRegistered registration, ImmutableArray<VentureConfirmation> confirmations, int employees, ImmutableArray<VentureCompanyEvent> history)
    {
        this.registration = registration;
        Confirmations = confirmations;
        Employees = employees;
        History = history;
    }

    /// <summary>The business registration number (사업자등록번호), the company's identity.</summary>
    public BusinessRegistrationNumber RegistrationNumber => registration.RegistrationNumber;

    /// <summary>The name in Korean and English.</summary>
    public LocalizedText Name => registration.Name;

    /// <summary>The founding day.</summary>
    public LocalDate FoundedOn => registration.Date;

    /// <summary>The legal dong (법정동) of the registered place of business.</summary>
    public AdministrativeDistrictCode Location => registration.Location;

    /// <summary>The technology fields, deep tech among them.</summary>
    public ImmutableArray<TechnologyField> TechnologyFields => registration.TechnologyFields;

    /// <summary>The number of employees in the latest report (by date), or at registration.</summary>
    public int Employees { get; }

    /// <summary>True when the company is a small or medium enterprise (중소기업) under the Framework Act on SMEs.</summary>
    public bool IsSmallOrMediumEnterprise => registration.IsSmallOrMediumEnterprise;

    /// <summary>The venture confirmations, oldest first.</summary>
    public ImmutableArray<VentureConfirmation> Confirmations { get; }

    /// <summary>Every step, in the order recorded; the company is their fold.</summary>
    public ImmutableArray<VentureCompanyEvent> History { get; }

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
        Guard.Against.Null(technologyFields);
        return Replay([new VentureCompanyRegistered(foundedOn, registrationNumber, name, location, [.. technologyFields.Distinct()], employees, isSmallOrMediumEnterprise)]);
    }

    /// <summary>Rebuilds a company from its history.</summary>
    /// <param name="history">The steps, starting with a <see cref="VentureCompanyRegistered"/>.</param>
    /// <returns>The company, equal to the one that produced the history.</returns>
    /// <exception cref="DomainRuleException">The history breaks a rule (its rule id says which).</exception>
    public static VentureCompany Replay(IEnumerable<VentureCompanyEvent> history)
        => EventHistory.Replay(
            history,
            (VentureCompanyRegistered registered) => new VentureCompany(Checked(registered), [], registered.Employees, [registered]),
            (company, e) => company.Apply(e),
            e => e.Date,
            VentureRules.HistoryMustStartWithRegistration,
            "A company's history starts with its registration");

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
        return Apply(new VentureConfirmed(confirmation));
    }

    /// <summary>Records the employee count on a day (for example from a yearly survey).</summary>
    /// <param name="date">The day the count describes.</param>
    /// <param name="employees">The number of employees, zero or more.</param>
    /// <returns>The updated company.</returns>
    public VentureCompany ReportEmployees(LocalDate date, int employees) => Apply(new EmployeesReported(date, employees));

    /// <summary>The employee count on a day: the latest report dated on or before it, or the count at registration.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The number of employees.</returns>
    public int EmployeesOn(LocalDate date)
        => History.OfType<EmployeesReported>().Where(r => r.Date <= date).OrderBy(r => r.Date).LastOrDefault()?.Employees ?? registration.Employees;

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

    /// <inheritdoc/>
    public bool Equals(VentureCompany? other) => other is not null && History.SequenceEqual(other.History);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as VentureCompany);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(RegistrationNumber, History.Length);

    /// <summary>The name and registration number.</summary>
    /// <returns>For example <c>관악로보틱스 (124-81-00998)</c>.</returns>
    public override string ToString() => $"{Name.Korean} ({RegistrationNumber})";

    private static VentureCompanyRegistered Checked(VentureCompanyRegistered registered)
    {
        Guard.Against.Null(registered.Name, "name");
        Guard.Against.Negative(registered.Employees, "employees");
        if (registered.Location.Level < AdministrativeLevel.Dong)
        {
            throw new ArgumentException($"The location {registered.Location} is a {registered.Location.Level}; a company is located in a legal dong (10-digit code such as 1162010100).", "location");
        }

        return registered;
    }

    private VentureCompany Apply(VentureCompanyEvent e)
    {
        switch (e)
        {
            case VentureConfirmed { Confirmation: var confirmation }:
                if (confirmation.Type != VentureConfirmationType.PreVenture && confirmation.ConfirmedOn < FoundedOn)
                {
                    throw new DomainRuleException(
                        VentureRules.ConfirmationBeforeFounding,
                        $"A {confirmation.Type} confirmation dated {confirmation.ConfirmedOn:uuuu-MM-dd} was recorded for {this}, founded on {FoundedOn:uuuu-MM-dd}; only a pre-venture confirmation may precede the founding day.");
                }

                if (Confirmations.Contains(confirmation))
                {
                    throw new DomainRuleException(
                        VentureRules.ConfirmationRecordedTwice,
                        $"The {confirmation.Type} confirmation of {confirmation.ConfirmedOn:uuuu-MM-dd} is already recorded for {this}; each confirmation is recorded once.");
                }

                var confirmations = Confirmations.Add(confirmation).Sort((a, b) => a.ConfirmedOn.CompareTo(b.ConfirmedOn));
                return new VentureCompany(registration, confirmations, Employees, History.Add(e));
            case EmployeesReported report:
                Guard.Against.Negative(report.Employees, "employees");
                var history = History.Add(e);
                var latest = history.OfType<EmployeesReported>().OrderBy(r => r.Date).Last();
                return new VentureCompany(registration, Confirmations, latest.Employees, history);
            case VentureCompanyRegistered:
                throw new DomainRuleException(VentureRules.HistoryMustStartWithRegistration, $"{this} is already registered; a history has exactly one registration, at its start.");
            default:
                throw new ArgumentException($"Unknown company event {e.GetType().Name}.", nameof(e));
        }
    }
}
