using System;
using System.Buffers;

namespace ForceEstimates;

/// <summary>
/// Sorts finite doubles by a least-significant-digit radix sort on their bit patterns (11-bit
/// digits, six passes at most, a pass skipped when every sample has the same digit there, as the
/// sign and exponent usually do). For the 10,000 samples of a Monte Carlo result it is several times
/// faster than a comparison sort, which would otherwise be most of the run.
/// </summary>
internal static class SampleSort
{
    private const int DigitBits = 11;
    private const int Buckets = 1 << DigitBits;
    private const int Digits = (64 + DigitBits - 1) / DigitBits;

    // Below this a comparison sort wins: the counting passes have a fixed cost.
    private const int RadixFrom = 512;

    internal static void Sort(Span<double> values)
    {
        if (values.Length < RadixFrom)
        {
            values.Sort();
            return;
        }
        var keys = ArrayPool<ulong>.Shared.Rent(values.Length);
        var spare = ArrayPool<ulong>.Shared.Rent(values.Length);
        var counts = ArrayPool<int>.Shared.Rent(Buckets * Digits);
        try
        {
            var counted = counts.AsSpan(0, Buckets * Digits);
            counted.Clear();
            var source = keys.AsSpan(0, values.Length);
            var target = spare.AsSpan(0, values.Length);
            for (var i = 0; i < values.Length; i++)
            {
                var key = Key(values[i]);
                source[i] = key;
                for (var d = 0; d < Digits; d++)
                {
                    counted[(d * Buckets) + (int)((key >> (d * DigitBits)) & (Buckets - 1))]++;
                }
            }
            for (var d = 0; d < Digits; d++)
            {
                var histogram = counted.Slice(d * Buckets, Buckets);
                if (histogram[(int)((source[0] >> (d * DigitBits)) & (Buckets - 1))] == values.Length)
                {
                    continue;
                }
                // Counts become the first position of each bucket.
                var position = 0;
                for (var b = 0; b < Buckets; b++)
                {
                    var count = histogram[b];
                    histogram[b] = position;
                    position += count;
                }
                var shift = d * DigitBits;
                foreach (var key in source)
                {
                    target[histogram[(int)((key >> shift) & (Buckets - 1))]++] = key;
                }
                var swap = source;
                source = target;
                target = swap;
            }
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = Value(source[i]);
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(keys);
            ArrayPool<ulong>.Shared.Return(spare);
            ArrayPool<int>.Shared.Return(counts);
        }
    }

    // IEEE 754 bits ordered as unsigned integers: negative numbers flipped whole, positive ones with the sign bit set.
    private static ulong Key(double value)
    {
        var bits = (ulong)BitConverter.DoubleToInt64Bits(value);
        return (bits & 0x8000_0000_0000_0000UL) != 0 ? ~bits : bits | 0x8000_0000_0000_0000UL;
    }

    private static double Value(ulong key)
        => BitConverter.Int64BitsToDouble((long)((key & 0x8000_0000_0000_0000UL) != 0 ? key & 0x7FFF_FFFF_FFFF_FFFFUL : ~key));
}
