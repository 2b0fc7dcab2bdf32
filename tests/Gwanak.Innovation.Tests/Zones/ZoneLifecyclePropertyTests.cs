using System;
using CsCheck;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Zones;
using static Gwanak.Innovation.Tests.Zones.GwanakSeed;

namespace Gwanak.Innovation.Tests.Zones;

public sealed class ZoneLifecyclePropertyTests
{
    [Fact]
    public void Any_sequence_of_steps_either_applies_or_is_refused_with_a_zone_rule_and_replays_to_an_equal_zone()
    {
        var step = Gen.Select(Gen.Int[0, 5], Gen.Int[-30, 400]);
        step.Array[0, 12].Sample(steps =>
        {
            var zone = PlannedZone();
            foreach (var (kind, days) in steps)
            {
                var date = zone.History[^1].Date.PlusDays(days);
                Func<VenturePromotionZone> transition = kind switch
                {
                    0 => () => zone.RequestDesignation(date, Seoul),
                    1 => () => zone.Designate(date, Ministry, Notice),
                    2 => () => zone.AmendArea(date, 0.7m, [Bongcheon, Sillim, Namhyeon], "amendment"),
                    3 => () => zone.Lift(date, "lifting", "purpose achieved"),
                    _ => () => zone.Revoke(date, "revocation", "requirements no longer met"),
                };
                try
                {
                    zone = transition();
                }
                catch (DomainRuleException e)
                {
                    Assert.StartsWith("ZON-0", e.RuleId, StringComparison.Ordinal);
                }
            }

            Assert.Equal(zone, VenturePromotionZone.Replay(zone.History));
            Assert.Equal(zone.Status is ZoneDesignationStatus.Designated, zone.IsDesignatedOn(zone.History[^1].Date));
        });
    }
}
