using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Tests.Primitives;

public sealed class PersistentMapTests
{
    // Keys set in turn to values: keys from a small range, so that many are set again; hashes from a smaller one, so that
    // many keys share every bit of their hash, and from all 32 bits, so that they part at every level.
    internal static readonly Gen<(Key Key, int Value)[]> Settings = Gen.Select(
        Gen.OneOf(Gen.Select(Gen.Int[0, 40], Gen.Int[0, 3], (id, hash) => new Key(id, hash)), Gen.Select(Gen.Int[0, 40], Gen.Int, (id, hash) => new Key(id, hash))),
        Gen.Int).Array[0, 200];

    [Fact]
    public void A_map_answers_as_a_dictionary_set_the_same_way()
        => Settings.Sample(settings =>
        {
            var (map, expected) = Build(settings);
            foreach (var (key, _) in settings)
            {
                Assert.True(map.TryGetValue(key, out int value));
                Assert.Equal(expected[key], value);
                Assert.Equal(expected[key], map[key]);
                Assert.Equal(expected[key], map.GetValueOrDefault(key));
            }

            var absent = new Key(41, settings.Length > 0 ? settings[0].Key.Hash : 0);
            Assert.False(map.TryGetValue(absent, out _));
            Assert.Equal(0, map.GetValueOrDefault(absent));
            Assert.Equal($"The map has no key {absent}.", Assert.Throws<KeyNotFoundException>(() => map[absent]).Message);
        });

    [Fact]
    public void A_map_is_unchanged_by_the_maps_made_from_it()
        => Settings.Sample(settings =>
        {
            var (map, expected) = Build(settings);
            var later = map;
            foreach (var (key, value) in settings.Reverse())
            {
                later = later.SetItem(key, ~value).SetItem(new Key(key.Id + 100, key.Hash), value);
            }

            Assert.All(expected, e => Assert.Equal(e.Value, map[e.Key]));
            Assert.False(map.TryGetValue(new Key(100, 0), out _));
        });

    [Fact]
    public void Setting_the_value_a_key_has_in_a_replay_keeps_the_map()
    {
        var previous = ReplayOwnership.Enter(new object());
        try
        {
            var map = PersistentMap<string, int>.Empty.SetItem("a", 1).SetItem("b", 2);
            Assert.Same(map, map.SetItem("a", 3));
            Assert.Equal(3, map["a"]);
        }
        finally
        {
            ReplayOwnership.Restore(previous);
        }
    }

    internal static (PersistentMap<Key, int> Map, Dictionary<Key, int> Expected) Build((Key Key, int Value)[] settings)
    {
        var map = PersistentMap<Key, int>.Empty;
        var expected = new Dictionary<Key, int>();
        foreach (var (key, value) in settings)
        {
            map = map.SetItem(key, value);
            expected[key] = value;
        }

        return (map, expected);
    }

    /// <summary>A key with the hash it is given, so that tests choose which keys collide.</summary>
    internal readonly record struct Key(int Id, int Hash)
    {
        public bool Equals(Key other) => Id == other.Id && Hash == other.Hash;

        public override int GetHashCode() => Hash;
    }
}
