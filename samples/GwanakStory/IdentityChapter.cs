using System.IO;
using Gwanak.Innovation.Primitives;

namespace GwanakStory;

/// <summary>Who the district is, and the money figures of the seed article, through the primitives.</summary>
internal static class IdentityChapter
{
    public static void Tell(TextWriter output)
    {
        var registry = AdministrativeDistrictRegistry.Builtin;
        var gwanak = registry.Get(AdministrativeDistrictCode.Seoul.Gwanak);
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
        (string Korean, string English, string Text)[] figures =
        [
            ("창업지원펀드", "startup support fund", "200억 원"),
            ("관악S밸리기업지원펀드", "S-Valley company support fund, for early-stage companies", "60억원"),
        ];

        var total = Money.Zero(Currency.Krw);
        foreach (var (korean, english, text) in figures)
        {
            var amount = Money.Parse(text);
            total += amount;
            output.WriteLine($"   {korean} ({english}): {amount.ToKoreanString()} = {amount.ToEnglishString()} = {amount}");
        }

        output.WriteLine($"   together: {total.ToKoreanString()} ({total.ToEnglishString()})");
    }
}
