using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Ventures;
using NodaTime;

namespace Gwanak.Innovation.Benchmarks.Growth;

/// <summary>
/// A venture company's confirmations: one event a day, of every ten a headcount report, a cancellation of the
/// confirmation of the day before and eight confirmations of three types in turn. Transition:
/// <see cref="VentureCompany.Confirm"/>; question: <see cref="VentureCompany.ConfirmationOn"/>.
/// </summary>
public class VentureCompanyGrowthBenchmarks : GrowthBenchmarks<VentureCompany, VentureCompanyEvent>
{
    private static readonly VentureConfirmationType[] Types = [VentureConfirmationType.Investment, VentureConfirmationType.ResearchAndDevelopment, VentureConfirmationType.InnovativeGrowth];
    private static readonly BusinessRegistrationNumber Id = Made.Brn(0);
    private static readonly LocalDate Founded = new(2000, 1, 1);

    private LocalDate middle;
    private VentureConfirmation newcomer = null!;

    /// <summary>A confirmation the day after the last event.</summary>
    /// <returns>The company with one more confirmation.</returns>
    [Benchmark]
    public VentureCompany Transition() => Built.Confirm(newcomer);

    /// <summary>The confirmation in force on a day in the middle of the history.</summary>
    /// <returns>Whether there is one.</returns>
    [Benchmark]
    public bool DateQuestion() => Built.ConfirmationOn(middle) is not null;

    /// <inheritdoc/>
    protected override (IReadOnlyList<VentureCompanyEvent> Events, int Count) Generate(int events)
    {
        var history = new List<VentureCompanyEvent>(events)
        {
            new VentureCompanyRegistered(Id, Founded, LocalizedText.Create("성장", "Growth"), AdministrativeDistrictCode.Parse("1162010100"), [TechnologyField.Software], 10, true),
        };
        VentureConfirmation? previous = null;
        int confirmations = 0;
        for (int day = 0; history.Count < events; day++)
        {
            var date = Founded.PlusDays(day);
            switch (day % 10)
            {
                case 9:
                    history.Add(new EmployeesReported(Id, date, 10 + (day % 7)));
                    break;
                case 4:
                    history.Add(new VentureConfirmationCancelled(Id, date, previous!));
                    break;
                default:
                    previous = new VentureConfirmation(Types[day % Types.Length], date);
                    history.Add(new VentureConfirmed(Id, previous));
                    confirmations++;
                    break;
            }
        }

        middle = Founded.PlusDays(events / 2);
        newcomer = new VentureConfirmation(VentureConfirmationType.Investment, history[^1].Date.PlusDays(1));
        return (history, confirmations);
    }

    /// <inheritdoc/>
    protected override int Loop(VentureCompanyEvent[] events)
    {
        var registration = (VentureCompanyRegistered)events[0];
        var confirmations = new HashSet<VentureConfirmation>();
        var cancellations = new Dictionary<VentureConfirmation, LocalDate>();
        var reports = new List<EmployeesReported>();
        for (int i = 1; i < events.Length; i++)
        {
            switch (events[i])
            {
                case VentureConfirmed c:
                    Require(c.Confirmation.Type == VentureConfirmationType.PreVenture || c.Confirmation.ConfirmedOn >= registration.Date, "confirmation before founding");
                    Require(confirmations.Add(c.Confirmation), "confirmation recorded twice");
                    break;
                case VentureConfirmationCancelled x:
                    Require(confirmations.Contains(x.Confirmation) && x.Date >= x.Confirmation.ConfirmedOn, "confirmation not held");
                    Require(cancellations.TryAdd(x.Confirmation, x.Date), "confirmation already cancelled");
                    break;
                case EmployeesReported r:
                    reports.Add(r);
                    break;
            }
        }

        return confirmations.Count;
    }

    /// <inheritdoc/>
    protected override VentureCompany ReplayHistory(VentureCompanyEvent[] events) => VentureCompany.Replay(events);

    /// <inheritdoc/>
    protected override int CountOf(VentureCompany aggregate) => aggregate.Confirmations.Count;
}
