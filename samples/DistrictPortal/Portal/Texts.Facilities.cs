namespace DistrictPortal.Portal;

/// <summary>The texts of the facilities page.</summary>
public sealed partial class Texts
{
    private static readonly (string Key, string Korean, string English)[] Facilities =
    [
        ("facilities.title", "창업시설", "Startup facilities"),
        ("facilities.lead", "자치구의 창업 인프라 시설: 기준일에 문을 연 시설의 정원, 입주 기업 수와 입주율.", "The district's startup infrastructure: the facilities open on the day, their places, the companies in them and the share of places taken."),
        ("facilities.open", "운영 중인 시설", "Facilities open"),
        ("facilities.inzone", "촉진지구 안", "Inside the promotion zone"),
        ("facilities.places", "입주 / 정원", "Places taken / places"),
        ("facilities.name", "이름", "Name"),
        ("facilities.kind", "종류", "Kind"),
        ("facilities.operator", "운영 기관", "Operator"),
        ("facilities.location", "소재지", "Location"),
        ("facilities.zone", "촉진지구 안", "In the zone"),
        ("facilities.opened", "개소일", "Opened"),
        ("facilities.capacity", "정원", "Places"),
        ("facilities.occupancy", "입주", "Taken"),
        ("facilities.rate", "입주율", "Occupancy rate"),
        ("facilities.later", "기준일 뒤에 문을 연 시설 {0}곳은 보이지 않습니다.", "{0} facilities opened after the day are not shown."),
        ("FacilityKind.Incubator", "창업보육센터", "Incubator"),
        ("FacilityKind.CoWorkingSpace", "공유 오피스", "Co-working space"),
        ("FacilityKind.Accelerator", "액셀러레이터", "Accelerator"),
        ("FacilityKind.StartupCentre", "창업센터", "Startup centre"),
        ("FacilityKind.Makerspace", "메이커스페이스", "Makerspace"),
        ("FacilityKind.Other", "기타", "Other"),
    ];
}
