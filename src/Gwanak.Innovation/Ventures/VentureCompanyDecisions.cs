using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Gwanak.Innovation.Ventures;

/// <summary>The rules a company's steps are decided by, each with the refusal it gives (<see cref="VentureRules"/>).</summary>
internal static class VentureCompanyDecisions
{
    public static Refusal? Confirmation(VentureCompany company, DatedSequence<VentureConfirmation> confirmations, VentureConfirmed e)
    {
        var confirmation = e.Confirmation;
        if (confirmation.Type != VentureConfirmationType.PreVenture && confirmation.ConfirmedOn < company.FoundedOn)
        {
            return new(VentureRules.ConfirmationBeforeFounding, $"Tried to record a {confirmation.Type} confirmation dated {confirmation.ConfirmedOn:uuuu-MM-dd} for {company}, founded on {company.FoundedOn:uuuu-MM-dd}; only a pre-venture confirmation may precede the founding day.");
        }

        return Recorded(confirmations, confirmation, confirmation.ConfirmedOn)
            ? new(VentureRules.ConfirmationRecordedTwice, $"Tried to record the {confirmation.Type} confirmation of {confirmation.ConfirmedOn:uuuu-MM-dd} for {company}, where it is already recorded; each confirmation is recorded once.")
            : null;
    }

    public static Refusal? Cancellation(VentureCompany company, DatedSequence<VentureConfirmation> confirmations, PersistentMap<VentureConfirmation, LocalDate> cancellations, VentureConfirmationCancelled e)
    {
        var confirmation = e.Confirmation;
        if (!Recorded(confirmations, confirmation, confirmation.ConfirmedOn))
        {
            return new(VentureRules.ConfirmationNotHeld, $"{Cancelling(company, e)}, but no such confirmation is recorded for it ({confirmations.Count} recorded); only a confirmation the company holds is cancelled.");
        }

        if (e.Date < confirmation.ConfirmedOn)
        {
            return new(VentureRules.ConfirmationNotHeld, $"{Cancelling(company, e)}, before it was issued; a cancellation takes effect on or after the issue day (on it for a cancellation back to the start).");
        }

        return cancellations.TryGetValue(confirmation, out var cancelled)
            ? new(VentureRules.ConfirmationAlreadyCancelled, $"{Cancelling(company, e)}, but it is already cancelled from {cancelled:uuuu-MM-dd}; a confirmation is cancelled once.")
            : null;
    }

    public static Refusal? SmeConfirmation(VentureCompany company, DatedSequence<SmeConfirmation> confirmations, SmeConfirmed e)
    {
        var confirmation = e.Confirmation;
        if (confirmation.ConfirmedOn < company.FoundedOn)
        {
            return new(VentureRules.SmeConfirmationBeforeFounding, $"Tried to record an SME confirmation issued on {confirmation.ConfirmedOn:uuuu-MM-dd} for {company}, founded on {company.FoundedOn:uuuu-MM-dd}; a company is confirmed as an SME from its founding day on.");
        }

        return Recorded(confirmations, confirmation, confirmation.ConfirmedOn)
            ? new(VentureRules.SmeConfirmationRecordedTwice, $"Tried to record the SME confirmation of {confirmation.ConfirmedOn:uuuu-MM-dd} (fiscal year ending {confirmation.FiscalYearEnd:uuuu-MM-dd}) for {company}, where it is already recorded; each confirmation is recorded once.")
            : null;
    }

    private static string Cancelling(VentureCompany company, VentureConfirmationCancelled e)
        => $"Tried to cancel the {e.Confirmation.Type} confirmation of {e.Confirmation.ConfirmedOn:uuuu-MM-dd} for {company} from {e.Date:uuuu-MM-dd}";

    // The sequence is in day order: the items of the same day sit just before where a new one of that day would go.
    private static bool Recorded<T>(DatedSequence<T> items, T item, LocalDate date)
    {
        for (int i = items.CountOnOrBefore(date) - 1; i >= 0 && items.EntryAt(i) is var (day, recorded) && day == date; i--)
        {
            if (Equals(recorded, item))
            {
                return true;
            }
        }

        return false;
    }
}
