using Gwanak.Innovation.Tests.Primitives;
using System;
using System.Linq;
using CsCheck;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Zones;
using static Gwanak.Innovation.Tests.Zones.Gwanak2023Zone;

namespace Gwanak.Innovation.Tests.Zones;

public sealed class ZoneLifecyclePropertyTests
{
    private static readonly AdministrativeDistrictCode GangnamDong = AdministrativeDistrictCode.Parse("1168010100");

    [Fact]
    public void Any_sequence_of_steps_is_decided_alike_by_every_form_and_replays_to_an_equal_zone()
    {
        var step = Gen.Select(Gen.Int[0, 4], Gen.Int[-30, 400], Gen.Int[0, 9]);
        Gen.Select(step.Array[0, 12], Gen.Int[0, 1_000]).Sample((steps, position) =>
        {
            var zone = PlannedZone();
            foreach (var (kind, days, variant) in steps)
            {
                var date = zone.History[^1].Date.PlusDays(days);
                AdministrativeDistrictCode[] legalDongs = variant == 0 ? [Bongcheon, GangnamDong] : [Bongcheon, Sillim, Namhyeon];
                var decision = kind switch
                {
                    0 => TransitionForms.Agree(() => zone.CanRequestDesignation(date, Seoul), () => zone.TryRequestDesignation(date, Seoul), () => zone.RequestDesignation(date, Seoul)),
                    1 => TransitionForms.Agree(() => zone.CanDesignate(date, Ministry, Notice), () => zone.TryDesignate(date, Ministry, Notice), () => zone.Designate(date, Ministry, Notice)),
                    2 => TransitionForms.Agree(() => zone.CanAmendArea(date, 0.7m, legalDongs, "amendment"), () => zone.TryAmendArea(date, 0.7m, legalDongs, "amendment"), () => zone.AmendArea(date, 0.7m, legalDongs, "amendment")),
                    3 => TransitionForms.Agree(() => zone.CanLift(date, "lifting", "purpose achieved"), () => zone.TryLift(date, "lifting", "purpose achieved"), () => zone.Lift(date, "lifting", "purpose achieved")),
                    _ => TransitionForms.Agree(() => zone.CanRevoke(date, "revocation", "requirements no longer met"), () => zone.TryRevoke(date, "revocation", "requirements no longer met"), () => zone.Revoke(date, "revocation", "requirements no longer met")),
                };
                if (decision.TryGetValue(out var next))
                {
                    zone = next;
                }
                else
                {
                    Assert.StartsWith("ZON-0", decision.Refusal!.RuleId, StringComparison.Ordinal);
                }
            }

            Assert.Equal(zone, VenturePromotionZone.Replay(zone.History));
            Assert.Equal(zone.Status is ZoneDesignationStatus.Designated, zone.IsDesignatedOn(zone.History[^1].Date));

            int index = 1 + (position % zone.Version);
            var other = new ZoneDesignationRequested(new ZoneId("gangnam-venture-zone"), zone.History[^1].Date, Seoul);
            ZoneEvent[] mixed = [.. zone.History.Take(index), other, .. zone.History.Skip(index)];
            var e = Assert.Throws<DomainRuleException>(() => VenturePromotionZone.Replay(mixed));
            Assert.Equal((HistoryRules.EventOfAnotherAggregate, index), (e.RuleId, e.EventIndex));
        });
    }
}
