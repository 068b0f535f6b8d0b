using System;
using System.Linq;
using System.Runtime.CompilerServices;
using NodaTime;

namespace ForceEstimates.Aggregation;

/// <summary>Stage 2 of an aggregate, for one used report: the factors of its weight beyond precision.</summary>
internal struct ReportWeight
{
    /// <summary>The factor from the Admiralty rating, in (0, 1].</summary>
    internal double RatingFactor;

    /// <summary>Days from the end of the time the report refers to until the as-of date (0 when it reaches it), plus a forecast's lead.</summary>
    internal int AgeDays;

    /// <summary>2^(−age / half-life), in [0, 1] (0 when it underflows; <see cref="Relative"/> is formed on the log scale).</summary>
    internal double RecencyFactor;

    /// <summary>
    /// log2 of the factor w = rating × recency × independence (1 / <see cref="SharedOriginCount"/>), with recency counted
    /// from the newest used report: finite however old the report, and the same as of any date by which the reports
    /// have aged alike. Only differences between reports' values mean anything.
    /// </summary>
    internal double Log2Factor;

    /// <summary>The number of used reports in its independence group (1 when independent).</summary>
    internal int SharedOriginCount;

    /// <summary>The factor relative to the largest among the used reports, in (0, 1]: the w′ of the variance inflation v/w′.</summary>
    internal double Relative;
}

/// <summary>
/// Stage 2 of an aggregate: each used report's weight factor w = rating × recency × independence, and the relative
/// weight w′ = w / max w it enters with. Weights are relative so that the best-weighted report keeps its own variance
/// and a lone report is not made less precise by being old.
/// </summary>
internal static class WeightStage
{
    /// <summary>Fills <paramref name="weights"/> for the used reports, whose independence groups are <paramref name="groups"/> (<see cref="ReportCollection.IndependentGroupIndices(ReadOnlySpan{Report})"/>).</summary>
    /// <returns>The number of independent origins among them.</returns>
    /// <remarks>
    /// <see cref="ReportWeight.RecencyFactor"/> is only shown in an explanation (the relative weights are formed on the
    /// log scale): it is computed only with <paramref name="explain"/>, and is NaN without it.
    /// </remarks>
    internal static int Weigh(ReadOnlySpan<Report> used, ReadOnlySpan<int> groups, LocalDate asOf, AggregationOptions options, bool explain, Span<ReportWeight> weights)
    {
        int origins = 0;
        Span<int> groupSizes = used.Length <= 256 ? stackalloc int[used.Length] : new int[used.Length];
        groupSizes.Clear();
        foreach (var g in groups)
        {
            groupSizes[g]++;
            origins = Math.Max(origins, g + 1);
        }
        int newest = int.MaxValue;
        int asOfDay = Dates.DayNumber(asOf);
        var ratingWeights = options.RatingWeights;
        bool ratingsIgnored = ratingWeights.AllOne;
        double halfLife = options.HalfLifeDays;
        bool decays = !double.IsPositiveInfinity(halfLife);
        for (int j = 0; j < used.Length; j++)
        {
            var report = used[j];
            ref var weight = ref weights[j];
            // 1 × 1 when every factor is 1 (ratings ignored, the default), without reading the rating.
            weight.RatingFactor = ratingsIgnored ? 1.0 : ratingWeights.Factor(report.Rating);
            weight.AgeDays = AgeWith(report, asOfDay);
            weight.RecencyFactor = explain ? Math.Pow(2, -(decays ? weight.AgeDays / halfLife : 0)) : double.NaN;
            weight.SharedOriginCount = groupSizes[groups[j]];
            newest = Math.Min(newest, weight.AgeDays);
        }
        var maxLog2 = double.NegativeInfinity;
        for (int j = 0; j < used.Length; j++)
        {
            // Ages counted from the newest report (whole days, exact): the relative weights are then the same to the last
            // digit as of any date by which the same reports are known and have aged alike, so a series can reuse a fit.
            ref var weight = ref weights[j];
            var halfLives = decays ? (weight.AgeDays - newest) / halfLife : 0;
            weight.Log2Factor = Log2(weight.RatingFactor) - halfLives - Log2(weight.SharedOriginCount);
            maxLog2 = Math.Max(maxLog2, weight.Log2Factor);
        }
        // The thread's table of powers taken once for all the reports, not looked up per report.
        var powers = PowersOfTwo.OfThisThread;
        for (int j = 0; j < used.Length; j++)
        {
            // On the log scale, so that reports thousands of half-lives old keep a ratio (2^-age underflows to 0); below
            // 2^-30 of the best a weight barely moves the result, and the floor keeps the inflated variance v/w′ within
            // what the fit can scale.
            double log2Relative = Math.Max(weights[j].Log2Factor - maxLog2, MinLog2Relative);
            weights[j].Relative = log2Relative == 0 ? 1 : powers.Pow(log2Relative);
        }
        return origins;
    }

    /// <summary>
    /// Math.Pow(2, x), kept by the bits of x in a small table per thread: the exponents of relative weights repeat from
    /// quantity to quantity (whole days of age over one half-life, less the log2 of a few group sizes), and a kept value is
    /// Math.Pow's own, so the same digits for a fraction of the cost.
    /// </summary>
    internal sealed class PowersOfTwo
    {
        // 4,096 slots (64 KB a thread): the benchmark's 100,000 reports ask for about 2,500 different powers.
        private const int Bits = 12;

        [ThreadStatic]
        private static PowersOfTwo? ofThisThread;

        private readonly (ulong Key, double Value)[] slots = new (ulong, double)[1 << Bits];

        private PowersOfTwo()
        {
            // No x looked up has these bits (a NaN is not looked up): every slot starts empty.
            Array.Fill(slots, (ulong.MaxValue, double.NaN));
        }

        /// <summary>This thread's table (made at its first use on the thread).</summary>
        internal static PowersOfTwo OfThisThread => ofThisThread ??= new PowersOfTwo();

        /// <summary>
        /// Math.Pow(2, <paramref name="x"/>), the kept value when this table was asked for the same x before. Inlined into
        /// its caller's loop (<see cref="Weigh"/> is compiled once, optimized, at its first call: it keeps its per-report
        /// numbers on the stack, so it is not recompiled with what the runtime learns, and its small callees stayed calls).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal double Pow(double x)
        {
            if (double.IsNaN(x))
            {
                return Math.Pow(2, x);
            }
            ulong bits = BitConverter.DoubleToUInt64Bits(x);
            ref var slot = ref slots[(int)((bits * 0x9E37_79B9_7F4A_7C15UL) >> (64 - Bits))];
            if (slot.Key != bits)
            {
                slot = (bits, Math.Pow(2, x));
            }
            return slot.Value;
        }
    }

    // log2 of the numbers of reports an origin usually has, computed once by Math.Log2 itself (so the same values).
    private static readonly double[] Log2OfCounts = [.. Enumerable.Range(0, 33).Select(k => Math.Log2(k))];

    /// <summary>
    /// Marks (<see cref="CumulativeRole.Superseded"/>, to be left out) the used reports dated more than 30 half-lives
    /// before the newest of them (<see cref="MinLog2Relative"/>): their recency factor alone is under 2^-30 of the newest
    /// report's, so they would enter at the weight floor, with a variance inflated a billionfold. Beside points that is
    /// nothing; beside only one-sided claims (an upper bound, a range from 0 on the log scale) such a point is all that
    /// bounds the centre, and its inflated variance made an interval past the largest double (a level reported in 2014 and
    /// a 2026 claim of "between 0 and 10"). Without decay (an infinite half-life) none is marked.
    /// </summary>
    /// <returns>The number marked; <paramref name="roles"/> is written only when some are.</returns>
    internal static int DecideOutweighed(ReadOnlySpan<Report> reports, ReadOnlySpan<int> used, int asOfDay, double halfLife, Span<CumulativeRole> roles)
    {
        if (double.IsPositiveInfinity(halfLife))
        {
            return 0;
        }
        // Ages differ as the dated days do (the as-of date cancels); one pass finds whether any report is that far behind.
        int newestDay = int.MinValue, oldestDay = int.MaxValue;
        foreach (int i in used)
        {
            int day = reports[i].DatedDay(asOfDay);
            newestDay = Math.Max(newestDay, day);
            oldestDay = Math.Min(oldestDay, day);
        }
        if ((newestDay - oldestDay) / halfLife <= -MinLog2Relative)
        {
            return 0;
        }
        int marked = 0;
        for (int j = 0; j < used.Length; j++)
        {
            bool behind = (newestDay - reports[used[j]].DatedDay(asOfDay)) / halfLife > -MinLog2Relative;
            roles[j] = behind ? CumulativeRole.Superseded : CumulativeRole.Point;
            marked += behind ? 1 : 0;
        }
        return marked;
    }

    /// <summary>Math.Log2 of a rating factor: exactly 0 for a factor of 1 (every rating when ratings are ignored, the default), as Math.Log2 gives.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Log2(double factor) => factor == 1 ? 0.0 : Math.Log2(factor);

    /// <summary>Math.Log2 of a number of reports, from a table for the usual numbers.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Log2(int count) => (uint)count < (uint)Log2OfCounts.Length ? Log2OfCounts[count] : Math.Log2(count);

    /// <summary>log2 of the smallest relative weight: 30 half-lives below the best-weighted report (a billionth), so that the variances handed to the fit stay within a factor of about 1e12 of one another.</summary>
    private const double MinLog2Relative = -30;

    /// <summary>
    /// Days from the end of the period the report describes to the as-of date, plus, for a forecast, the days from its
    /// publication to the start of the period it predicts: a prediction a year ahead weighs what a year-old report
    /// weighs, and one about a period after the as-of date is not taken as fresh news.
    /// </summary>
    internal static int Age(Report report, LocalDate asOf) => AgeWith(report, Dates.DayNumber(asOf));

    /// <summary>
    /// <see cref="Age(Report, LocalDate)"/> with the as-of date's day number (<see cref="Dates.DayNumber"/>) computed once
    /// for all the reports, from the day numbers the report keeps (<see cref="Report.RefersToEndDay"/>,
    /// <see cref="Report.ForecastLeadDays"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int AgeWith(Report report, int asOfDay) => asOfDay - report.DatedDay(asOfDay);
}
