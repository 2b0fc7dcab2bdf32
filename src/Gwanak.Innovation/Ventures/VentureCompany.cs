using System.Collections.Generic;
using System.Diagnostics;
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
/// Source: Act on Special Measures for the Promotion of Venture Businesses, Art. 25 (confirmation of a venture
/// business); how long a confirmation stays valid is asked of a <see cref="VentureConfirmationPolicy"/>. The company is
/// the fold of its <see cref="EventSourcedAggregate{TSelf, TId, TEvent}.History"/>; confirmations and employee reports
/// may be recorded after the fact, in any date order, and are kept in day order, so the questions about a day cost
/// O(log² n). A confirmation cancelled under Art. 25-2 no longer holds from the day of its cancellation. Whether the
/// company is a small or medium enterprise (중소기업, Framework Act on Small and Medium Enterprises Art. 2) is a dated fact
/// too: the status its registration gives it at founding, then its SME confirmations, each holding on the days an
/// <see cref="SmeConfirmationPolicy"/> gives it; the zone criteria count the SMEs of the day they are asked for.
/// </remarks>
public sealed partial class VentureCompany : EventSourcedAggregate<VentureCompany, BusinessRegistrationNumber, VentureCompanyEvent>
{
    private readonly VentureCompanyRegistered registration;
    private readonly State state;

    private VentureCompany(AppendList<VentureCompanyEvent> history, VentureCompanyRegistered registration, State state)
        : base(history)
    {
        this.registration = registration;
        this.state = state;
    }

    /// <summary>The business registration number (사업자등록번호): the company's id.</summary>
    public BusinessRegistrationNumber RegistrationNumber => Id;

    /// <summary>The name in Korean and English.</summary>
    public LocalizedText Name => registration.Name;

    /// <summary>The founding day.</summary>
    public LocalDate FoundedOn => registration.Date;

    /// <summary>The legal dong (법정동) of the registered place of business.</summary>
    public AdministrativeDistrictCode Location => registration.Location;

    /// <summary>The technology fields, deep tech among them.</summary>
    public EquatableArray<TechnologyField> TechnologyFields => registration.TechnologyFields;

    /// <summary>The number of employees in the latest report (by date), or at registration.</summary>
    public int Employees => state.Reports.Count == 0 ? registration.Employees : state.Reports[^1].Employees;

    /// <summary>
    /// True when the company was a small or medium enterprise (중소기업) when founded, as its registration says; the status
    /// holds until the figures of its first fiscal year take over (<see cref="SmeConfirmationPolicy.FoundingStatusDays"/>).
    /// </summary>
    public bool IsSmallOrMediumEnterpriseAtFounding => registration.IsSmallOrMediumEnterprise;

    /// <summary>The venture confirmations, oldest first (those of one day in the order recorded), cancelled ones included.</summary>
    public IReadOnlyList<VentureConfirmation> Confirmations => state.Confirmations;

    /// <summary>The small or medium enterprise confirmations, oldest first (those of one day in the order recorded).</summary>
    public IReadOnlyList<SmeConfirmation> SmeConfirmations => state.SmeConfirmations;

    /// <summary>True when at least one technology field is deep tech.</summary>
    public bool IsDeepTech => TechnologyFields.Any(f => f.IsDeepTech);

    /// <summary>Registers a company.</summary>
    /// <param name="id">The business registration number, the company's id.</param>
    /// <param name="date">The founding day.</param>
    /// <param name="name">The bilingual name.</param>
    /// <param name="location">The legal dong of the place of business (a 10-digit code).</param>
    /// <param name="technologyFields">The technology fields (may be empty).</param>
    /// <param name="employees">The number of employees, zero or more.</param>
    /// <param name="isSmallOrMediumEnterprise">True (the usual case) when the company is an SME when founded (<see cref="IsSmallOrMediumEnterpriseAtFounding"/>).</param>
    /// <returns>The company, without confirmations.</returns>
    /// <exception cref="System.ArgumentException">The number is default, a value is missing, the location is not a legal dong, or the employee count is negative.</exception>
    public static VentureCompany Create(
        BusinessRegistrationNumber id,
        LocalDate date,
        LocalizedText name,
        AdministrativeDistrictCode location,
        IEnumerable<TechnologyField> technologyFields,
        int employees,
        bool isSmallOrMediumEnterprise = true)
        => Found(new VentureCompanyRegistered(Guard.Against.Default(id), date, name, location, [.. Guard.Against.Null(technologyFields)], employees, isSmallOrMediumEnterprise)).Value;

    /// <summary>Rebuilds a company from its history, deciding every step again.</summary>
    /// <param name="history">The steps, starting with a <see cref="VentureCompanyRegistered"/>.</param>
    /// <returns>The company, equal to the one that recorded the history.</returns>
    /// <exception cref="DomainRuleException">The history breaks a rule: its rule id says which, <see cref="DomainRuleException.EventIndex"/> where.</exception>
    /// <exception cref="System.ArgumentException">The history or one of its events is null.</exception>
    public static VentureCompany Replay(IEnumerable<VentureCompanyEvent> history) => Replay<VentureCompanyRegistered>(history, Found);

    /// <summary>The employee count on a day: the latest report dated on or before it, or the count at registration.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The number of employees.</returns>
    public int EmployeesOn(LocalDate date)
        => state.Reports.CountOnOrBefore(date) is var count and > 0 ? state.Reports[count - 1].Employees : registration.Employees;

    /// <summary>The confirmation valid and not cancelled on a day, the most recent when several are.</summary>
    /// <param name="date">The day.</param>
    /// <param name="policy">The validity policy; <see cref="VentureConfirmationPolicy.Default"/> when null.</param>
    /// <returns>The confirmation, or <see langword="null"/> when the company is not a confirmed venture company that day.</returns>
    public VentureConfirmation? ConfirmationOn(LocalDate date, VentureConfirmationPolicy? policy = null)
    {
        policy ??= VentureConfirmationPolicy.Default;
        var confirmations = state.Confirmations;
        for (int i = confirmations.CountOnOrBefore(date) - 1; i >= 0; i--)
        {
            if (policy.IsValidOn(confirmations[i], date) && !(CancelledFrom(confirmations[i]) <= date))
            {
                return confirmations[i];
            }
        }

        return null;
    }

    /// <summary>The first day a confirmation no longer holds because it was cancelled (Venture Act Art. 25-2).</summary>
    /// <param name="confirmation">The confirmation.</param>
    /// <returns>The day of the cancellation, or <see langword="null"/> when it is not cancelled.</returns>
    public LocalDate? CancelledFrom(VentureConfirmation confirmation)
        => state.Cancellations.TryGetValue(Guard.Against.Null(confirmation), out var day) ? day : null;

    /// <summary>The most recent confirmation that would hold on a day but for its cancellation, for the reasons a report gives.</summary>
    internal VentureConfirmation? CancelledConfirmationOn(LocalDate date, VentureConfirmationPolicy? policy)
    {
        policy ??= VentureConfirmationPolicy.Default;
        var confirmations = state.Confirmations;
        for (int i = confirmations.CountOnOrBefore(date) - 1; i >= 0; i--)
        {
            if (policy.IsValidOn(confirmations[i], date) && CancelledFrom(confirmations[i]) <= date)
            {
                return confirmations[i];
            }
        }

        return null;
    }

    /// <summary>True when the company is a small or medium enterprise on a day: its status at founding or an SME confirmation holds that day.</summary>
    /// <param name="date">The day.</param>
    /// <param name="policy">The SME confirmation policy; <see cref="SmeConfirmationPolicy.Default"/> when null.</param>
    /// <returns><see langword="true"/> when the company is an SME that day; <see langword="false"/> when nothing recorded says so.</returns>
    public bool IsSmallOrMediumEnterpriseOn(LocalDate date, SmeConfirmationPolicy? policy = null)
    {
        policy ??= SmeConfirmationPolicy.Default;
        return (registration.IsSmallOrMediumEnterprise && policy.FoundingStatusDays(FoundedOn).Contains(date)) || SmeConfirmationOn(date, policy) is not null;
    }

    /// <summary>The SME confirmation that holds on a day, the most recently issued when several do.</summary>
    /// <param name="date">The day.</param>
    /// <param name="policy">The SME confirmation policy; <see cref="SmeConfirmationPolicy.Default"/> when null.</param>
    /// <returns>The confirmation, or <see langword="null"/> when none holds that day.</returns>
    public SmeConfirmation? SmeConfirmationOn(LocalDate date, SmeConfirmationPolicy? policy = null)
    {
        policy ??= SmeConfirmationPolicy.Default;
        var confirmations = state.SmeConfirmations;
        for (int i = confirmations.CountOnOrBefore(date) - 1; i >= 0; i--)
        {
            if (policy.IsValidOn(confirmations[i], date))
            {
                return confirmations[i];
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

    private protected override Refusal? Decide(VentureCompanyEvent e) => e switch
    {
        VentureConfirmed c => VentureCompanyDecisions.Confirmation(this, state.Confirmations, c),
        VentureConfirmationCancelled c => VentureCompanyDecisions.Cancellation(this, state.Confirmations, state.Cancellations, c),
        SmeConfirmed c => VentureCompanyDecisions.SmeConfirmation(this, state.SmeConfirmations, c),
        EmployeesReported => null, // a count is reported for any day, in any order
        _ => throw new UnreachableException($"{e.GetType().Name} is decided when the company is registered."),
    };

    private protected override VentureCompany Evolve(VentureCompanyEvent e, AppendList<VentureCompanyEvent> history) => new(history, registration, e switch
    {
        VentureConfirmed c => state with { Confirmations = state.Confirmations.Add(c.Confirmation.ConfirmedOn, c.Confirmation) },
        VentureConfirmationCancelled c => state with { Cancellations = state.Cancellations.SetItem(c.Confirmation, c.Date) },
        SmeConfirmed c => state with { SmeConfirmations = state.SmeConfirmations.Add(c.Confirmation.ConfirmedOn, c.Confirmation) },
        EmployeesReported r => state with { Reports = state.Reports.Add(r.Date, r) },
        _ => throw new UnreachableException($"{e.GetType().Name} is decided when the company is registered."),
    });

    private static Decision<VentureCompany> Found(VentureCompanyRegistered registered)
        => new(new VentureCompany(Founded(registered), registered, new State(DatedSequence<VentureConfirmation>.Empty, PersistentMap<VentureConfirmation, LocalDate>.Empty, DatedSequence<SmeConfirmation>.Empty, DatedSequence<EmployeesReported>.Empty)));

    /// <summary>The indexed state beside the history: the lists in day order and the cancellations by confirmation.</summary>
    private sealed record State(
        DatedSequence<VentureConfirmation> Confirmations,
        PersistentMap<VentureConfirmation, LocalDate> Cancellations,
        DatedSequence<SmeConfirmation> SmeConfirmations,
        DatedSequence<EmployeesReported> Reports);
}
