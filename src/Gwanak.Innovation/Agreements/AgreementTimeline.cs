using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Agreements;

/// <summary>
/// An agreement's history as lines a person reads: each event with its date and what followed from it in the state
/// after it, which the events themselves do not record.
/// </summary>
internal static class AgreementTimeline
{
    public static IReadOnlyList<string> Lines(Agreement agreement, IReadOnlyList<AgreementState> states)
    {
        var history = agreement.History;
        var lines = new string[history.Count];
        for (int i = 0; i < lines.Length; i++)
        {
            lines[i] = string.Create(CultureInfo.InvariantCulture, $"{history[i].Date:uuuu-MM-dd}  {Line(history[i], states[i], agreement.Parties.Count)}");
        }

        return lines;
    }

    private static string Line(AgreementEvent e, AgreementState after, int parties) => e switch
    {
        AgreementDrafted d => string.Create(CultureInfo.InvariantCulture, $"drafted {d.Kind} {d.Agreement} between {string.Join(", ", d.Parties)}; {d.Binding}; {d.Terms}; {d.Commitments.Count} commitment(s)"),
        NegotiationStarted => "negotiation started",
        AgreementSigned s => $"signed by {s.Signature}" + (after.Signatures.Count == parties ? "; signed by every party" : string.Empty),
        AgreementCancelled c => $"cancelled: {c.Reason.English}",
        TerminationNoticeGiven t => string.Create(CultureInfo.InvariantCulture, $"termination notice given by {t.By}; terminated from {after.TerminationEffectiveOn:uuuu-MM-dd}"),
        NonRenewalNoticeGiven n => string.Create(CultureInfo.InvariantCulture, $"notice of non-renewal given by {n.By}; expires from {after.NonRenewalEffectiveOn:uuuu-MM-dd} instead of renewing"),
        AgreementRenewed r => string.Create(CultureInfo.InvariantCulture, $"renewed by {r.Extension}; now expires {after.Anchor.LastDay:uuuu-MM-dd}"),
        AgreementAmended a => string.Create(CultureInfo.InvariantCulture, $"amended: {a.Summary.English}; {a.Terms}; {a.Commitments.Count} commitment(s)"),
        _ => throw new UnreachableException($"{e.GetType().Name} is not an event of an agreement."),
    };
}
