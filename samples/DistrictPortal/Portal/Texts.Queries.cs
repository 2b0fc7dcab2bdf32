namespace DistrictPortal.Portal;

/// <summary>The texts of an address a page cannot read, and the words the read pages share.</summary>
public sealed partial class Texts
{
    private static readonly (string Key, string Korean, string English)[] Queries =
    [
        ("query.date", "'{0}' 값 '{1}'은(는) 날짜가 아닙니다. 날짜는 yyyy-MM-dd 형식으로 적습니다 (예: 2023-08-23).", "The {0} '{1}' is not a date: write dates as yyyy-MM-dd (for example 2023-08-23)."),
        ("query.id", "'{0}' 값 '{1}'은(는) 식별자가 아닙니다. 식별자는 영문자, 숫자와 - _ . : 만 씁니다.", "The {0} '{1}' is not an id: ids have ASCII letters, digits and - _ . : only."),
        ("query.number", "'{0}' 값 '{1}'은(는) 쪽 번호가 아닙니다. 쪽 번호는 1 이상의 정수입니다.", "The {0} '{1}' is not a page number: page numbers are whole numbers from 1."),
        ("query.outside", "'{0}' 값 {1}은(는) 포털이 답하는 기간({2}~{3}) 밖입니다.", "The {0} {1} is outside the days the portal answers for ({2} to {3})."),
        ("query.order", "'{0}'({1})이(가) '{2}'({3})보다 늦습니다.", "The {0} ({1}) is after the {2} ({3})."),
        ("query.range", "기간은 {0}일을 넘을 수 없습니다. {1}부터 {2}까지는 {3}일입니다.", "A range is at most {0} days; {1} to {2} is {3} days."),
        ("answer.yes", "예", "Yes"),
        ("answer.no", "아니요", "No"),
    ];
}
