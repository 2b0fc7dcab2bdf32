using System;
using System.Globalization;
using System.Linq;
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
    public void A_text_made_of_several_translations_at_once_is_the_text_made_one_by_one()
    {
        var atOnce = LocalizedText.Of([new("ko", "관악구"), new("EN", " Gwanak-gu "), new("zh-CN", "冠岳区")]);
        Assert.Equal((Gwanak.With("zh-CN", "冠岳区"), "Gwanak-gu"), (atOnce, atOnce.Get("en-US")));
        Assert.Equal(["ko", "en", "zh-CN"], atOnce.Cultures);
    }

    [Theory]
    [InlineData("en-US", "en-us", "appears twice")]
    [InlineData("ko", " ", "")]
    [InlineData("not a culture", "en", "is not a culture name")]
    [InlineData("x-ab", "en", "names no language")]
    public void Translations_given_at_once_are_refused_naming_the_argument(string first, string second, string reason)
    {
        var e = Assert.Throws<ArgumentException>(() => LocalizedText.Of([new(first, "text"), new(second, second == " " ? " " : "text")]));
        Assert.Equal(("translations", true), (e.ParamName, e.Message.Contains(reason, StringComparison.Ordinal)));
    }

    [Fact]
    public void No_translation_is_no_text()
        => Assert.Equal("translations", Assert.Throws<ArgumentException>(() => LocalizedText.Of([])).ParamName);

    [Fact]
    public void Many_translations_at_once_are_compared_through_a_set()
    {
        string[] cultures = ["ko", "en", "ja", "zh", "fr", "de", "es", "it", "pt", "ru"];
        var text = LocalizedText.Of([.. cultures.Select(c => new System.Collections.Generic.KeyValuePair<string, string>(c, c))]);
        Assert.Equal(cultures, text.Cultures);
        Assert.Contains("appears twice", Assert.Throws<ArgumentException>(() => LocalizedText.Of([.. cultures.Append("KO").Select(c => new System.Collections.Generic.KeyValuePair<string, string>(c, c))])).Message, StringComparison.Ordinal);
    }

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

    [Fact]
    public void A_new_fallback_order_puts_the_named_cultures_first_and_keeps_the_others_in_their_order()
    {
        var text = LocalizedText.Of("ko", "관악구").With("en", "Gwanak-gu").With("fr", "Gwanak-gu (fr)").With("de", "Gwanak-gu (de)");
        Assert.Equal(["en", "fr", "ko", "de"], text.WithFallbackOrder("en", "fr").Cultures);
        Assert.Equal(["fr", "ko", "en", "de"], text.WithFallbackOrder("fr").Cultures);
    }

    [Fact]
    public void TryGet_gives_an_empty_text_when_the_language_is_missing()
    {
        Assert.False(Gwanak.TryGet("ja", out string text));
        Assert.Equal(string.Empty, text);
    }

    [Fact]
    public void Get_refuses_a_null_culture_naming_it()
        => Assert.Equal("culture", Assert.Throws<ArgumentNullException>(() => Gwanak.Get((CultureInfo)null!)).ParamName);

    [Fact]
    public void A_culture_name_that_is_not_one_is_refused_with_examples_of_one()
    {
        var e = Assert.Throws<ArgumentException>(() => LocalizedText.Of("not a culture", "text"));
        Assert.Equal("culture", e.ParamName);
        Assert.StartsWith("'not a culture' is not a culture name such as 'ko', 'en' or 'en-US'.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_private_use_tag_is_refused_as_naming_no_language()
        => Assert.StartsWith(
            "'x-ab' names no language; use a culture name such as 'ko', 'en' or 'en-US'.",
            Assert.Throws<ArgumentException>(() => LocalizedText.Of("x-ab", "text")).Message,
            StringComparison.Ordinal);

    [Fact]
    public void A_culture_name_is_written_as_the_runtime_names_it_every_time_it_is_given()
    {
        // The second of each pair is answered from the names already resolved.
        Assert.Equal(["ko", "en-US"], LocalizedText.Of("KO", "관악구").With("EN-us", "Gwanak-gu").Cultures);
        Assert.Equal(["ko", "en-US"], LocalizedText.Of("KO", "관악구").With("EN-us", "Gwanak-gu").Cultures);
    }

    [Fact]
    public void A_name_refused_once_is_refused_again()
    {
        for (int i = 0; i < 2; i++)
        {
            Assert.StartsWith("'x-cd' names no language", Assert.Throws<ArgumentException>(() => LocalizedText.Of("x-cd", "text")).Message, StringComparison.Ordinal);
            Assert.StartsWith("'no culture' is not a culture name", Assert.Throws<ArgumentException>(() => LocalizedText.Of("no culture", "text")).Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Texts_in_more_cultures_than_are_remembered_still_name_each_as_the_runtime_does()
    {
        var names = CultureInfo.GetCultures(CultureTypes.SpecificCultures).Select(c => c.Name).Where(n => n.Length > 0).Take(400).ToArray();
        Assert.True(names.Length > 300, $"{names.Length} specific cultures");
        foreach (string name in names)
        {
            Assert.Equal(name, LocalizedText.Of(name.ToUpperInvariant(), "text").Cultures[0]);
        }
    }
}
