using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using Ardalis.GuardClauses;

namespace Gwanak.Innovation.Primitives;

/// <summary>
/// A text in several languages, such as an organisation's name in Korean and English, with a stated fallback
/// order: the order in which the translations were given.
/// </summary>
/// <remarks>
/// <see cref="Get(string)"/> looks for the requested culture, then its parents (<c>ko-KR</c> → <c>ko</c>), then
/// falls back to the translations in their stated order, so a screen always has something to show.
/// </remarks>
public sealed class LocalizedText : IEquatable<LocalizedText>
{
    // The runtime's culture lookup takes a lock and costs about a microsecond: texts read by the thousand name a few cultures.
    private const int KnownCultureNamesBound = 256;
    private static readonly ConcurrentDictionary<string, string> KnownCultureNames = new(StringComparer.Ordinal);

    private readonly ImmutableArray<KeyValuePair<string, string>> entries;

    private LocalizedText(ImmutableArray<KeyValuePair<string, string>> entries) => this.entries = entries;

    /// <summary>The culture names, in fallback order (the first is the primary language).</summary>
    public IReadOnlyList<string> Cultures => new CultureNames(entries);

    /// <summary>The Korean text, or the fallback when there is none.</summary>
    public string Korean => Get("ko");

    /// <summary>The English text, or the fallback when there is none.</summary>
    public string English => Get("en");

    /// <summary>A Korean and English text, Korean first in the fallback order.</summary>
    /// <param name="korean">The Korean text, for example <c>관악구</c>.</param>
    /// <param name="english">The English text, for example <c>Gwanak-gu</c>.</param>
    /// <returns>The bilingual text.</returns>
    /// <exception cref="ArgumentException">A text is null, empty or white space.</exception>
    public static LocalizedText Create(string korean, string english)
        => Of([new("ko", Guard.Against.NullOrWhiteSpace(korean)), new("en", Guard.Against.NullOrWhiteSpace(english))]);

    /// <summary>A text in one language; add translations with <see cref="With"/>.</summary>
    /// <param name="culture">The culture name, for example <c>en</c> or <c>es-US</c>.</param>
    /// <param name="text">The text.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentException">A value is null, empty or white space, or the culture name is not a culture.</exception>
    public static LocalizedText Of(string culture, string text)
        => new(ImmutableArray.Create(Entry(culture, text, nameof(culture), nameof(text))));

    /// <summary>A text in several languages at once, in fallback order (the first is the primary language).</summary>
    /// <param name="translations">
    /// Each culture name with its text, for example <c>[new("ko", "관악구"), new("en", "Gwanak-gu")]</c>; each culture once
    /// (<c>en-US</c> and <c>en-us</c> are one culture, <c>ko</c> and <c>ko-KR</c> two).
    /// </param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentException">
    /// No translation is given, a culture name or a text is null, empty or white space, a culture name is not a culture, or
    /// a culture is given twice.
    /// </exception>
    public static LocalizedText Of(params ReadOnlySpan<KeyValuePair<string, string>> translations)
    {
        if (translations.IsEmpty)
        {
            throw new ArgumentException("A text needs at least one translation.", nameof(translations));
        }

        var entries = new KeyValuePair<string, string>[translations.Length];
        for (int i = 0; i < entries.Length; i++)
        {
            entries[i] = Entry(translations[i].Key, translations[i].Value, nameof(translations), nameof(translations));
        }

        int repeated = Repeats.FirstRepeated<KeyValuePair<string, string>>(entries, SameCulture.Instance);
        if (repeated >= 0)
        {
            throw new ArgumentException($"The language '{translations[repeated].Key}' appears twice in one text (it names the culture '{entries[repeated].Key}').", nameof(translations));
        }

        return new(ImmutableCollectionsMarshal.AsImmutableArray(entries));
    }

    /// <summary>Adds a translation at the end of the fallback order, or replaces the one for the same culture in place.</summary>
    /// <param name="culture">The culture name.</param>
    /// <param name="text">The text.</param>
    /// <returns>The text with the translation.</returns>
    /// <exception cref="ArgumentException">A value is null, empty or white space, or the culture name is not a culture.</exception>
    [Transition]
    public LocalizedText With(string culture, string text)
    {
        var entry = Entry(culture, text, nameof(culture), nameof(text));
        int index = IndexOf(entry.Key);
        return new LocalizedText(index >= 0 ? entries.SetItem(index, entry) : entries.Add(entry));
    }

    /// <summary>The same translations in another fallback order; cultures not named keep their order after the named ones.</summary>
    /// <param name="cultures">The culture names, most preferred first.</param>
    /// <returns>The reordered text.</returns>
    [Transition]
    public LocalizedText WithFallbackOrder(params string[] cultures)
    {
        Guard.Against.Null(cultures);
        var ordered = entries
            .Select((e, i) => (Entry: e, Rank: Array.FindIndex(cultures, c => string.Equals(c, e.Key, StringComparison.OrdinalIgnoreCase)), Index: i))
            .OrderBy(x => x.Rank < 0 ? int.MaxValue : x.Rank)
            .ThenBy(x => x.Index)
            .Select(x => x.Entry);
        return new LocalizedText(ordered.ToImmutableArray());
    }

    /// <summary>The text for a culture, its parent cultures, or else the first in the fallback order.</summary>
    /// <param name="culture">The culture name, for example <c>ko-KR</c>.</param>
    /// <returns>The best text; never null.</returns>
    public string Get(string culture) => TryGet(culture, out string text) ? text : entries[0].Value;

    /// <summary>The text for a culture, its parent cultures, or else the first in the fallback order.</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>The best text; never null.</returns>
    public string Get(CultureInfo culture)
    {
        Guard.Against.Null(culture);
        return Get(culture.Name);
    }

    /// <summary>The text for a culture or one of its parent cultures, without falling back to other languages.</summary>
    /// <param name="culture">The culture name.</param>
    /// <param name="text">The text, when there is one.</param>
    /// <returns><see langword="true"/> when the culture or a parent has a text; never throws.</returns>
    public bool TryGet(string? culture, out string text)
    {
        for (string? name = culture; !string.IsNullOrEmpty(name); name = ParentName(name))
        {
            int index = IndexOf(name);
            if (index >= 0)
            {
                text = entries[index].Value;
                return true;
            }
        }

        text = string.Empty;
        return false;
    }

    /// <inheritdoc/>
    public bool Equals(LocalizedText? other)
        => other is not null && entries.SequenceEqual(other.entries);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LocalizedText);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var e in entries)
        {
            hash.Add(e.Key, StringComparer.OrdinalIgnoreCase);
            hash.Add(e.Value, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>The primary text (the first in the fallback order).</summary>
    /// <returns>The primary text.</returns>
    public override string ToString() => entries[0].Value;

    private static KeyValuePair<string, string> Entry(string culture, string text, string cultureParameter, string textParameter)
    {
        Guard.Against.NullOrWhiteSpace(culture, cultureParameter);
        Guard.Against.NullOrWhiteSpace(text, textParameter);
        string name = CultureName(culture, cultureParameter);

        // A private-use tag such as 'x-ab' resolves to the invariant culture, which names no language.
        return name.Length > 0
            ? new KeyValuePair<string, string>(name, text.Trim())
            : throw new ArgumentException($"'{culture}' names no language; use a culture name such as 'ko', 'en' or 'en-US'.", cultureParameter);
    }

    // The culture's own name, for example 'ko' for 'KO': asked of the runtime once per name written, then remembered.
    private static string CultureName(string culture, string parameter)
    {
        if (KnownCultureNames.TryGetValue(culture, out string? name))
        {
            return name;
        }

        try
        {
            name = CultureInfo.GetCultureInfo(culture, predefinedOnly: false).Name;
        }
        catch (CultureNotFoundException e)
        {
            throw new ArgumentException($"'{culture}' is not a culture name such as 'ko', 'en' or 'en-US'.", parameter, e);
        }

        // Bounded, so that input naming ever new cultures cannot grow it: past the bound, names are asked of the runtime each time.
        if (KnownCultureNames.Count < KnownCultureNamesBound)
        {
            KnownCultureNames.TryAdd(culture, name);
        }

        return name;
    }

    private static string? ParentName(string name)
    {
        int dash = name.LastIndexOf('-');
        return dash > 0 ? name[..dash] : null;
    }

    private int IndexOf(string culture)
    {
        for (int i = 0; i < entries.Length; i++)
        {
            if (string.Equals(entries[i].Key, culture, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    // Two entries of the same culture, in any spelling of its name.
    private sealed class SameCulture : IEqualityComparer<KeyValuePair<string, string>>
    {
        public static readonly SameCulture Instance = new();

        public bool Equals(KeyValuePair<string, string> x, KeyValuePair<string, string> y) => string.Equals(x.Key, y.Key, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode(KeyValuePair<string, string> obj) => StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Key);
    }

    // A view of the entries' culture names: asking for the cultures copies nothing.
    private sealed class CultureNames(ImmutableArray<KeyValuePair<string, string>> entries) : IReadOnlyList<string>
    {
        public int Count => entries.Length;

        public string this[int index] => entries[index].Key;

        public IEnumerator<string> GetEnumerator()
        {
            foreach (var entry in entries)
            {
                yield return entry.Key;
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
