namespace DistrictPortal.Portal;

/// <summary>The texts of the funds page.</summary>
public sealed partial class Texts
{
    private static readonly (string Key, string Korean, string English)[] Funds =
    [
        ("funds.title", "펀드", "Funds"),
        ("funds.lead", "자치구의 창업지원펀드: 기준일의 약정, 투자, 회수와 분배. 약정액 = 투자액 + 반환 출자금 + 투자 여력.", "The district's startup funds on the day: commitments, investments, exits and distributions. Committed = invested + capital returned + remaining."),
        ("funds.manager", "운용 기관", "Manager"),
        ("funds.established", "결성일", "Established"),
        ("funds.term", "존속기간", "Term"),
        ("funds.term.text", "{0} ~ {1}", "{0} to {1}"),
        ("funds.investmentperiod", "투자기간", "Investment period"),
        ("funds.investmentperiod.none", "정하지 않음 (존속기간 내내 투자)", "None stated (invests throughout its term)"),
        ("funds.phase", "기준일의 단계", "Phase on the day"),
        ("funds.phase.investing", "투자기간 중", "Investment period"),
        ("funds.phase.term", "투자기간 후, 존속기간 중", "After the investment period, within the term"),
        ("funds.phase.windingup", "존속기간 종료 후 청산 중", "Winding up after its term"),
        ("funds.figures", "{0} 기준 금액", "Amounts on {0}"),
        ("funds.target", "목표 규모", "Target size"),
        ("funds.committed", "약정액", "Committed"),
        ("funds.oftarget", "목표의 {0}", "{0} of the target"),
        ("funds.invested", "투자액", "Invested"),
        ("funds.returned", "반환 출자금", "Capital returned"),
        ("funds.remaining", "투자 여력", "Remaining to invest"),
        ("funds.held", "보유 투자자산 (원가)", "Held at cost"),
        ("funds.exited", "회수한 투자자산 (원가)", "Exited at cost"),
        ("funds.proceeds", "회수 대금", "Proceeds of exits"),
        ("funds.gain", "실현 손익", "Realised gain"),
        ("funds.distributed", "분배액", "Distributed"),
        ("funds.undistributed", "미분배 회수 대금", "Proceeds not yet distributed"),
        ("funds.movements", "약정·투자·회수·분배 내역", "Commitments, investments, exits and distributions"),
        ("funds.movement.date", "날짜", "Date"),
        ("funds.movement.kind", "종류", "Kind"),
        ("funds.movement.counterpart", "상대방", "Counterpart"),
        ("funds.movement.amount", "금액", "Amount"),
        ("funds.movement.proceeds", "회수 대금 {0}", "proceeds {0}"),
        ("funds.later", "기준일 뒤에 결성된 펀드 {0}개는 보이지 않습니다.", "{0} funds established after the day are not shown."),
        ("event.fund.commitment-made", "출자 약정", "Commitment"),
        ("event.fund.investment-made", "투자", "Investment"),
        ("event.fund.exit-made", "회수", "Exit"),
        ("event.fund.distribution-made", "분배", "Distribution"),
        ("event.fund.capital-returned", "출자금 반환", "Capital returned"),
    ];
}
