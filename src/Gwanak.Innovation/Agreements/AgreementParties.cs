using System;
using System.Collections.Generic;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Agreements;

/// <summary>
/// An agreement's parties as its decisions ask for them: whether an organisation is one, and how many there are. The
/// drafted list is scanned while it is short (most agreements have two or three parties, and a set costs more to build
/// than such a scan); a longer list is looked up in a set built once, so a decision never scans many parties. The same
/// holds for the signatures the parties gave (<see cref="Agreement"/> keeps them by party only for a longer list).
/// </summary>
internal readonly struct AgreementParties
{
    // Up to this many parties, the list is scanned.
    private const int Scanned = Repeats.Compared;

    private readonly HashSet<OrganizationId>? set;

    private AgreementParties(EquatableArray<OrganizationId> listed, HashSet<OrganizationId>? set)
    {
        Listed = listed;
        this.set = set;
    }

    /// <summary>The parties in the order drafted.</summary>
    public EquatableArray<OrganizationId> Listed { get; }

    /// <summary>The number of parties (they are distinct: a draft refuses a party listed twice).</summary>
    public int Count => Listed.Count;

    /// <summary>True when the parties are few enough to be scanned (and so are their signatures).</summary>
    public bool AreScanned => set is null;

    /// <summary>The parties of a draft.</summary>
    public static AgreementParties Of(EquatableArray<OrganizationId> listed)
    {
        if (listed.Count <= Scanned)
        {
            return new(listed, null);
        }

        var set = new HashSet<OrganizationId>(listed.Count);
        foreach (var party in listed.AsSpan())
        {
            set.Add(party);
        }

        return new(listed, set);
    }

    /// <summary>True when the organisation is a party.</summary>
    public bool Contains(OrganizationId organization) => set?.Contains(organization) ?? Listed.AsSpan().Contains(organization);
}
