using System;
using System.Globalization;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Tests.Primitives;

public sealed class LocalizedTextTests
{
    private static readonly LocalizedText Gwanak = LocalizedText.Create("관악구", "Gwanak-gu");

    [Fact]
    public void A_parent_culture_answers_for_a_specific_one()
        => Assert.Equal("관악구", Gwanak.Get("ko-KR"));

    [Fact]
    public void A_missing_language_falls_back_to_the_first_in_the_stated_order()
        => Assert.Equal("관악구", Gwanak.Get("es-US"));

    [Fact]
    public void The_fallback_order_can_be_restated()
        => Assert.Equal("Gwanak-gu", Gwanak.WithFallbackOrder("en", "ko").Get("ja"));

    [Fact]
    public void TryGet_does_not_fall_back_to_another_language()
        => Assert.False(Gwanak.TryGet("ja", out _));

    [Fact]
    public void A_further_language_can_be_added()
        => Assert.Equal("冠岳区", Gwanak.With("zh", "冠岳区").Get(CultureInfo.GetCultureInfo("zh-CN")));

    [Fact]
    public void With_replaces_a_translation_in_place()
    {
        var text = Gwanak.With("en", "Gwanak District");
        Assert.Equal(["ko", "en"], text.Cultures);
        Assert.Equal("Gwanak District", text.English);
    }

    [Fact]
    public void Texts_with_the_same_translations_in_the_same_order_are_equal()
        => Assert.Equal(LocalizedText.Create("관악구", "Gwanak-gu"), Gwanak);

    [Fact]
    public void The_primary_text_is_the_string_form()
        => Assert.Equal("관악구", Gwanak.ToString());

    [Theory]
    [InlineData("", "관악구")]
    [InlineData("ko", " ")]
    public void Empty_culture_or_text_is_refused(string culture, string text)
        => Assert.ThrowsAny<ArgumentException>(() => LocalizedText.Of(culture, text));

    [Fact]
    public void A_private_use_tag_that_names_no_language_is_refused_naming_the_culture()
        => Assert.Equal("culture", Assert.Throws<System.ArgumentException>(() => LocalizedText.Of("x-ab", "text")).ParamName);
}
