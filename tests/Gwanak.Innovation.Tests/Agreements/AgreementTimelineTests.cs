using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.Primitives;
using NodaTime;
using Snapshooter.Xunit3;
using static Gwanak.Innovation.Tests.Agreements.Gwanak2023Mous;

namespace Gwanak.Innovation.Tests.Agreements;

public sealed class AgreementTimelineTests
{
    [Fact]
    public void The_trilateral_mou_history_reads_as_a_timeline()
    {
        var mou = Trilateral();
        mou = mou.Amend(
                new LocalDate(2024, 3, 1),
                LocalizedText.Create("통지 기간을 3개월로 연장", "Notice period extended to three months"),
                mou.Terms.WithTerminationNotice(Period.FromMonths(3)),
                mou.Commitments)
            .Renew(new LocalDate(2025, 5, 1), Period.FromYears(2))
            .GiveTerminationNotice(new LocalDate(2026, 2, 10), Federation);

        Snapshot.Match(mou.Timeline());
    }

    [Fact]
    public void A_cancelled_draft_history_reads_as_a_timeline()
    {
        var cancelled = BilateralUnderNegotiation()
            .Sign(new Signature(GwanakOffice, Mayor, new LocalDateTime(2023, 7, 11, 11, 0).InZoneStrictly(LosAngeles)))
            .Cancel(new LocalDate(2023, 7, 12), LocalizedText.Create("일정 변경으로 취소", "The visit was rescheduled"));

        Snapshot.Match(cancelled.Timeline());
    }
}
