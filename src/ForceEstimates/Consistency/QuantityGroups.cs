using System;
using System.Numerics;

namespace ForceEstimates.Consistency;

/// <summary>
/// Reports grouped by their quantity's key (metric, subject, place, statistic, dimension), each group's
/// reports in the order given. Flat integer arrays rather than a dictionary of lists: a check over
/// 100,000 reports makes tens of thousands of groups, and every rule looks keys up in them. A key is
/// found by linear probing on its cached hash. Built once per check and shared by the rules.
/// </summary>
internal sealed class QuantityGroups
{
    private readonly int[] slots;
    private readonly int[] starts;
    private readonly int[] members;
    private QuantityKey[] keys = new QuantityKey[16];
    private int count;

    internal QuantityGroups(Report[] reports)
    {
        // At most half the slots filled keeps probe runs short; a slot holds its group's number plus one.
        slots = new int[Math.Max(16, (int)BitOperations.RoundUpToPowerOf2((uint)(2 * reports.Length)))];
        var groupOf = new int[reports.Length];
        for (var i = 0; i < reports.Length; i++)
        {
            var key = reports[i].Quantity.Key;
            var slot = SlotOf(key);
            if (slots[slot] == 0)
            {
                if (count == keys.Length)
                {
                    Array.Resize(ref keys, 2 * count);
                }
                keys[count++] = key;
                slots[slot] = count;
            }
            groupOf[i] = slots[slot] - 1;
        }
        // A counting sort by group keeps each group's reports in the order given.
        starts = new int[count + 1];
        foreach (var g in groupOf)
        {
            starts[g + 1]++;
        }
        for (var g = 0; g < count; g++)
        {
            starts[g + 1] += starts[g];
        }
        var next = starts[..^1];
        members = new int[reports.Length];
        for (var i = 0; i < reports.Length; i++)
        {
            members[next[groupOf[i]]++] = i;
        }
    }

    /// <summary>The number of groups, numbered in the order of their first report.</summary>
    internal int Count => count;

    internal QuantityKey Key(int group) => keys[group];

    /// <summary>The group's reports by index, in the order given (the cumulative rule reorders its own groups by date).</summary>
    internal Span<int> Members(int group) => members.AsSpan(starts[group], starts[group + 1] - starts[group]);

    /// <summary>The group of reports with this key, or −1.</summary>
    internal int Find(QuantityKey key) => slots[SlotOf(key)] - 1;

    /// <summary>The group's reports, or none when no report has the key.</summary>
    internal Span<int> MembersOf(QuantityKey key) => Find(key) is var group and >= 0 ? Members(group) : [];

    // The slot holding the key, or the empty slot where it would go.
    private int SlotOf(QuantityKey key)
    {
        var mask = slots.Length - 1;
        var hash = key.GetHashCode();
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var group = slots[slot] - 1;
            if (group < 0 || (keys[group].GetHashCode() == hash && keys[group].Equals(key)))
            {
                return slot;
            }
        }
    }
}
