using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ventures;

/// <summary>The transitions of a company: each in its three forms from one decision.</summary>
public sealed partial class VentureCompany
{
    /// <summary>Records a venture confirmation, dated on its issue day.</summary>
    /// <param name="confirmation">The confirmation.</param>
    /// <returns>The company with the confirmation.</returns>
    /// <exception cref="System.ArgumentException">The confirmation is null.</exception>
    /// <exception cref="DomainRuleException">
    /// <see cref="VentureRules.ConfirmationBeforeFounding"/> when it is dated before the founding day (a pre-venture
    /// confirmation may precede it); <see cref="VentureRules.ConfirmationRecordedTwice"/> when it is already recorded.
    /// </exception>
    [Transition]
    public VentureCompany Confirm(VentureConfirmation confirmation) => Record(new VentureConfirmed(Id, confirmation));

    /// <summary>Records a venture confirmation, or gives the rule that stops it.</summary>
    /// <param name="confirmation">The confirmation.</param>
    /// <returns>The company with the confirmation, or the refusal (as <see cref="Confirm"/> would throw it).</returns>
    /// <exception cref="System.ArgumentException">The confirmation is null.</exception>
    [Transition]
    public Decision<VentureCompany> TryConfirm(VentureConfirmation confirmation) => TryRecord(new VentureConfirmed(Id, confirmation));

    /// <summary>True when <see cref="Confirm"/> with the same confirmation would succeed.</summary>
    /// <param name="confirmation">The confirmation.</param>
    /// <returns><see langword="true"/> when no rule stops it.</returns>
    /// <exception cref="System.ArgumentException">The confirmation is null.</exception>
    public bool CanConfirm(VentureConfirmation confirmation) => CanRecord(new VentureConfirmed(Id, confirmation));

    /// <summary>Records the employee count on a day (for example from a yearly survey).</summary>
    /// <param name="date">The day the count describes.</param>
    /// <param name="employees">The number of employees, zero or more.</param>
    /// <returns>The company with the report.</returns>
    /// <exception cref="System.ArgumentException">The count is negative.</exception>
    [Transition]
    public VentureCompany ReportEmployees(LocalDate date, int employees) => Record(new EmployeesReported(Id, date, employees));

    /// <summary>Records the employee count on a day, or gives the rule that stops it.</summary>
    /// <param name="date">The day the count describes.</param>
    /// <param name="employees">The number of employees, zero or more.</param>
    /// <returns>The company with the report, or the refusal (as <see cref="ReportEmployees"/> would throw it).</returns>
    /// <exception cref="System.ArgumentException">The count is negative.</exception>
    [Transition]
    public Decision<VentureCompany> TryReportEmployees(LocalDate date, int employees) => TryRecord(new EmployeesReported(Id, date, employees));

    /// <summary>True when <see cref="ReportEmployees"/> with the same arguments would succeed.</summary>
    /// <param name="date">The day the count describes.</param>
    /// <param name="employees">The number of employees, zero or more.</param>
    /// <returns><see langword="true"/> when no rule stops it.</returns>
    /// <exception cref="System.ArgumentException">The count is negative.</exception>
    public bool CanReportEmployees(LocalDate date, int employees) => CanRecord(new EmployeesReported(Id, date, employees));

    /// <summary>Cancels a venture confirmation from a day (벤처기업 확인의 취소, Venture Act Art. 25-2).</summary>
    /// <param name="date">The first day the confirmation no longer holds: its issue day for a cancellation back to the start.</param>
    /// <param name="confirmation">The confirmation, as recorded (type and issue day).</param>
    /// <returns>The company with the cancellation.</returns>
    /// <exception cref="System.ArgumentException">The confirmation is null.</exception>
    /// <exception cref="DomainRuleException">
    /// <see cref="VentureRules.ConfirmationNotHeld"/> when the company has no such confirmation or the day is before its
    /// issue day; <see cref="VentureRules.ConfirmationAlreadyCancelled"/> when it is already cancelled.
    /// </exception>
    [Transition]
    public VentureCompany CancelConfirmation(LocalDate date, VentureConfirmation confirmation) => Record(new VentureConfirmationCancelled(Id, date, confirmation));

    /// <summary>Cancels a venture confirmation from a day, or gives the rule that stops it.</summary>
    /// <param name="date">The first day the confirmation no longer holds.</param>
    /// <param name="confirmation">The confirmation, as recorded.</param>
    /// <returns>The company with the cancellation, or the refusal (as <see cref="CancelConfirmation"/> would throw it).</returns>
    /// <exception cref="System.ArgumentException">The confirmation is null.</exception>
    [Transition]
    public Decision<VentureCompany> TryCancelConfirmation(LocalDate date, VentureConfirmation confirmation) => TryRecord(new VentureConfirmationCancelled(Id, date, confirmation));

    /// <summary>True when <see cref="CancelConfirmation"/> with the same arguments would succeed.</summary>
    /// <param name="date">The first day the confirmation no longer holds.</param>
    /// <param name="confirmation">The confirmation, as recorded.</param>
    /// <returns><see langword="true"/> when no rule stops it.</returns>
    /// <exception cref="System.ArgumentException">The confirmation is null.</exception>
    public bool CanCancelConfirmation(LocalDate date, VentureConfirmation confirmation) => CanRecord(new VentureConfirmationCancelled(Id, date, confirmation));

    /// <summary>Records a small or medium enterprise confirmation (중소기업 확인), dated on its issue day.</summary>
    /// <param name="confirmation">The confirmation.</param>
    /// <returns>The company with the confirmation.</returns>
    /// <exception cref="System.ArgumentException">The confirmation is null.</exception>
    /// <exception cref="DomainRuleException">
    /// <see cref="VentureRules.SmeConfirmationBeforeFounding"/> when it is dated before the founding day;
    /// <see cref="VentureRules.SmeConfirmationRecordedTwice"/> when it is already recorded.
    /// </exception>
    [Transition]
    public VentureCompany ConfirmSme(SmeConfirmation confirmation) => Record(new SmeConfirmed(Id, confirmation));

    /// <summary>Records a small or medium enterprise confirmation, or gives the rule that stops it.</summary>
    /// <param name="confirmation">The confirmation.</param>
    /// <returns>The company with the confirmation, or the refusal (as <see cref="ConfirmSme"/> would throw it).</returns>
    /// <exception cref="System.ArgumentException">The confirmation is null.</exception>
    [Transition]
    public Decision<VentureCompany> TryConfirmSme(SmeConfirmation confirmation) => TryRecord(new SmeConfirmed(Id, confirmation));

    /// <summary>True when <see cref="ConfirmSme"/> with the same confirmation would succeed.</summary>
    /// <param name="confirmation">The confirmation.</param>
    /// <returns><see langword="true"/> when no rule stops it.</returns>
    /// <exception cref="System.ArgumentException">The confirmation is null.</exception>
    public bool CanConfirmSme(SmeConfirmation confirmation) => CanRecord(new SmeConfirmed(Id, confirmation));
}
