using System.IO;
using Gwanak.Innovation.Districts;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.Primitives;

namespace GwanakStory;

/// <summary>
/// Who the district is, and the money figures of the 2023 press article ("한국형 실리콘밸리 만나고 글로벌 혁신경제도시로
/// 도약한다", 2023-08-23), the target sizes of the district's two funds, through the primitives.
/// </summary>
internal static class IdentityChapter
{
    public static void Tell(TextWriter output, InnovationDistrict district)
    {
        var registry = AdministrativeDistrictRegistry.Builtin;
        var gwanak = registry.Get(district.Code);
        var seoul = registry.Get(gwanak.Code.CityOrProvince);

        output.WriteLine();
        output.WriteLine("1. The district");
        output.WriteLine($"   {gwanak.Name.Korean} ({gwanak.Name.English}), code {gwanak.Code}, in {seoul.Name.Korean} ({seoul.Name.English}, {seoul.Code})");
        foreach (var dong in registry.ChildrenOf(gwanak.Code))
        {
            output.WriteLine($"   legal dong {dong.Code}: {dong.Name.Korean} / {dong.Name.English}");
        }

        output.WriteLine();
        output.WriteLine("2. The money in the story");
        (string Korean, string English, string Fund)[] figures =
        [
            ("창업지원펀드", "startup support fund", "gwanak-startup-fund"),
            ("관악S밸리기업지원펀드", "S-Valley company support fund, for early-stage companies", "gwanak-s-valley-fund"),
        ];

        var total = Money.Zero(Currency.Krw);
        foreach (var (korean, english, fund) in figures)
        {
            var amount = Program.Required(district.FindFund(new FundId(fund)), fund).TargetSize;
            total += amount;
            output.WriteLine($"   {korean} ({english}): {amount.ToKoreanString()} = {amount.ToEnglishString()} = {amount}");
        }

        output.WriteLine($"   together: {total.ToKoreanString()} ({total.ToEnglishString()})");
    }
}
