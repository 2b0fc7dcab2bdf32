using System;
using Gwanak.Innovation.Primitives.Validation;

namespace Gwanak.Innovation.Tests.Primitives;

public sealed class ClosestNameTests
{
    [Theory]
    [InlineData("Asia/Seol", "Asia/Seoul,Asia/Tokyo", "Asia/Seoul")]
    [InlineData("asia/SEOL", "Asia/Seoul", "Asia/Seoul")]
    [InlineData("Sel", "Seoul", "Seoul")]
    [InlineData("Se", "Seoul", null)]
    [InlineData("Asia/Seoul", "Asia/Baku", "Asia/Baku")]
    [InlineData("Asia/Seoul", "Asia/Tokyo", "Asia/Tokyo")]
    [InlineData("Asia/Seoul", "Asia/Yangon", null)]
    [InlineData("Asia/Seoul", "Asia/Seou,Asia/Seoul", "Asia/Seoul")]
    [InlineData("Asia/Seoul", "Asia/Seoul,Asia/Seou", "Asia/Seoul")]
    [InlineData("Asia/Seoul", "Europe/Berlin,Asia/Seoul", "Asia/Seoul")]
    [InlineData("Seoul", "Sejong,Busan,Seongnam,Seoul", "Seoul")]
    [InlineData("Pusan", "Asia/Seoul,Busan", "Busan")]
    [InlineData("x", "Gwanak", null)]
    public void Find_suggests_the_closest_name_at_most_half_the_name_or_two_edits_away(string name, string candidates, string? closest)
        => Assert.Equal(closest, ClosestName.Find(name, candidates.Split(',')));

    [Fact]
    public void Find_suggests_nothing_from_no_candidates()
        => Assert.Null(ClosestName.Find("Asia/Seoul", []));

    [Theory]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(200)]
    public void A_candidate_of_any_length_is_compared_in_full(int length)
    {
        string candidate = new('a', length);
        string typo = new string('a', length - 1) + "b";
        Assert.Equal(candidate, ClosestName.Find(typo, ["b", candidate]));
    }
}
