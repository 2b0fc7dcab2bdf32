using Gwanak.Innovation.Tests.Primitives;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Tests.Zones;
using Gwanak.Innovation.Ventures;
using NodaTime;
using static Gwanak.Innovation.Tests.Zones.Gwanak2023Zone;

namespace Gwanak.Innovation.Tests.Ventures;

public sealed class VentureCompanyPropertyTests
{
    [Fact]
    public void Any_sequence_of_steps_is_decided_alike_by_every_form_and_answers_as_a_scan_of_the_steps_would()
    {
        var step = Gen.Select(Gen.Bool, Gen.Int[0, 3], Gen.Int[-3, 12], Gen.Int[0, 60]);
        Gen.Select(step.Array[0, 20], Gen.Int[0, 1_000]).Sample((steps, position) =>
        {
            var company = Company(1, Bongcheon);
            var confirmations = new List<VentureConfirmation>();
            var reports = new List<(LocalDate Date, int Employees)>();
            foreach (var (confirm, type, quarter, employees) in steps)
            {
                var date = company.FoundedOn.PlusDays(quarter * 91);
                if (confirm)
                {
                    var confirmation = new VentureConfirmation((VentureConfirmationType)type, date);
                    var decision = TransitionForms.Agree(() => company.CanConfirm(confirmation), () => company.TryConfirm(confirmation), () => company.Confirm(confirmation));
                    bool expected = (confirmation.Type == VentureConfirmationType.PreVenture || date >= company.FoundedOn) && !confirmations.Contains(confirmation);
                    Assert.Equal(expected, decision.IsAccepted);
                    if (decision.TryGetValue(out var next))
                    {
                        company = next;
                        confirmations.Add(confirmation);
                    }
                }
                else
                {
                    company = TransitionForms.Agree(() => company.CanReportEmployees(date, employees), () => company.TryReportEmployees(date, employees), () => company.ReportEmployees(date, employees)).Value;
                    reports.Add((date, employees));
                }
            }

            Assert.Equal(company, VentureCompany.Replay(company.History));
            Assert.Equal(confirmations.OrderBy(c => c.ConfirmedOn), company.Confirmations);
            for (int quarter = -4; quarter <= 14; quarter++)
            {
                var day = company.FoundedOn.PlusDays((quarter * 91) + 30);
                var latest = reports.Where(r => r.Date <= day).OrderBy(r => r.Date).LastOrDefault();
                Assert.Equal(latest == default ? 6 : latest.Employees, company.EmployeesOn(day));
                Assert.Equal(confirmations.OrderBy(c => c.ConfirmedOn).LastOrDefault(c => VentureConfirmationPolicy.Default.IsValidOn(c, day)), company.ConfirmationOn(day));
            }

            int index = 1 + (position % company.Version);
            VentureCompanyEvent[] mixed = [.. company.History.Take(index), new EmployeesReported(Brn(2), company.FoundedOn, 3), .. company.History.Skip(index)];
            var e = Assert.Throws<DomainRuleException>(() => VentureCompany.Replay(mixed));
            Assert.Equal((HistoryRules.EventOfAnotherAggregate, index), (e.RuleId, e.EventIndex));
        });
    }
}
