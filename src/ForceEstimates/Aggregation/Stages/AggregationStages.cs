using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NodaTime;

namespace ForceEstimates.Aggregation;

/// <summary>
/// The stages behind one <see cref="Aggregate"/>, in the order the README explains them: which reports are known as
/// of the date (<see cref="ReportCollection"/>'s rule), how each enters on the analysis scale
/// (<see cref="ObservationStage"/>), its weight factors (<see cref="WeightStage"/>), the method
/// (<see cref="AggregationStrategy"/>), and what each report did to the result (<see cref="ExplanationStage"/>).
/// </summary>
internal static class AggregationStages
{
    // Per-report numbers live on the stack for groups up to this size: aggregating many small groups should not
    // allocate a dozen arrays each.
    internal const int StackLimit = 32;

    /// <summary>
    /// Aggregates reports about one quantity, at least one of them known as of <paramref name="asOf"/>. Without
    /// <paramref name="explain"/> the stages stop at the result: what each report did to it (stage 4) and a
    /// heterogeneity fit made only to describe the reports are left for the aggregate to compute when a caller asks
    /// (by running the stages again with it), so that aggregating thousands of quantities does not build a hundred
    /// thousand explanation objects nobody reads.
    /// </summary>
    /// <remarks>
    /// With <paramref name="columnar"/> (the default) a group of up to <see cref="StackLimit"/> reports goes the columnar
    /// path (<see cref="ReportColumns"/>): each report's fields that the selection, the check for repeats and the
    /// independence grouping compare are read once into columns on the stack and compared by integer keys. Without it
    /// every stage reads the reports themselves (the per-report path, kept so that tests compare the two).
    /// <para>A series (<paramref name="series"/>, the same reports) hands in what it read of them once for all its dates.</para>
    /// </remarks>
    // Every per-report buffer on the stack is written before it is read (the method's numbers are cleared explicitly).
    [SkipLocalsInit]
    internal static Aggregate Run(ArraySegment<Report> reports, LocalDate asOf, AggregationOptions options, bool explain, bool columnar = true, SeriesReports? series = null)
    {
        var contributions = explain ? new Contribution[reports.Count] : null;
        Span<int> used = reports.Count <= 256 ? stackalloc int[reports.Count] : new int[reports.Count];
        Span<Exclusion> why = reports.Count <= 256 ? stackalloc Exclusion[reports.Count] : new Exclusion[reports.Count];
        int n = 0;
        // Large groups find repeats through a hash of what makes two reports the same, not by comparing all pairs.
        Dictionary<int, List<int>>? seen = reports.Count > StackLimit ? new Dictionary<int, List<int>>() : null;
        columnar &= seen is null;
        bool columnsRead = columnar && series is { HasColumns: true };
        int columnLength = columnar && !columnsRead ? reports.Count : 0;
        var columns = columnsRead ? series!.Columns : new ReportColumns(
            stackalloc int[columnLength], stackalloc int[columnLength], stackalloc int[columnLength], stackalloc bool[columnLength]);
        // Each report's hedge for stage 1, read with the columns (by report, not by used report).
        Span<HedgeKind> hedgesRead = stackalloc HedgeKind[columnLength];
        if (columnar && !columnsRead)
        {
            columns.Read(reports, hedgesRead);
        }
        if (columnar)
        {
            n = columns.Select(reports, Dates.DayNumber(asOf), used, why);
        }
        else
        {
            for (int i = 0; i < reports.Count; i++)
            {
                why[i] = Exclusion.PublishedAfterAsOf;
                if (ReportCollection.IsKnownAsOf(reports[i], asOf))
                {
                    // The same report passed twice counts once.
                    if (seen is null ? n > 0 && RepeatsAnEarlier(reports, used[..n], i) : RepeatsAnEarlier(reports, seen, i))
                    {
                        why[i] = Exclusion.SameReportAgain;
                        continue;
                    }
                    why[i] = Exclusion.None;
                    used[n++] = i;
                }
            }
        }
        used = used[..n];
        var first = reports[used[0]];
        var key = first.Quantity.Key;
        var unit = key.CanonicalUnit ?? first.Quantity.Unit;
        List<AggregateNote>? notes = null;
        var strategy = AggregationStrategy.For(options.Method);
        var rules = strategy.Rules(options);

        // Stage 0 for a cumulative count: earlier figures are earlier values, not versions of today's.
        bool cumulative = n > 1 && CumulativeSelection.Applies(key);
        // Not cumulative (most quantities): no roles, and no empty array made for them.
        Span<CumulativeRole> roles = !cumulative ? default : n <= 256 ? stackalloc CumulativeRole[n] : new CumulativeRole[n];
        if (cumulative)
        {
            CumulativeSelection.Decide(n == reports.Count ? reports.AsSpan() : Pick(reports, used), unit, asOf, options.CumulativeWindowDays, rules.Bounds, roles);
            n = Select(reports, used, roles, options.CumulativeWindowDays, why, ref notes);
            used = used[..n];
            roles = roles[..n];
        }
        // Stage 0 for a change: a change is the count of its period; figures over another period than the newest are left out.
        if (n > 1 && PeriodSelection.Applies(key))
        {
            Span<CumulativeRole> periodRoles = n <= 256 ? stackalloc CumulativeRole[n] : new CumulativeRole[n];
            if (PeriodSelection.Decide(reports, used, Dates.DayNumber(asOf), periodRoles) > 0)
            {
                n = Select(reports, used, periodRoles, options.CumulativeWindowDays, why, ref notes, Exclusion.AnotherPeriod, AggregateNoteKind.OtherPeriods);
                used = used[..n];
            }
        }
        // The columnar path's groups of equal origins among the used reports when stage 0 for a level made them (no
        // report linking its origin): the independence groups of stage 2, so they are not made twice.
        Span<int> originGroups = columnar ? stackalloc int[reports.Count] : default;
        int originGroupCount = -1;
        if (!cumulative && n > 1 && CumulativeSelection.SupersedesLevels(key, options))
        {
            // A level: each origin's newest figure supersedes its older ones; the rest are points, so no roles are kept.
            // Found by the origins' groups when they are known (one pass, and nothing more when every origin has one figure).
            int asOfDay = Dates.DayNumber(asOf);
            if (columnar && (originGroupCount = columns.OriginGroups(reports, used, originGroups)) >= 0)
            {
                if (originGroupCount < n)
                {
                    Span<CumulativeRole> levelRoles = stackalloc CumulativeRole[n];
                    if (CumulativeSelection.DecideLevelByGroups(reports, used, originGroups[..n], originGroupCount, asOfDay, levelRoles) > 0)
                    {
                        KeepGroups(originGroups[..n], levelRoles, originGroupCount);
                        n = Select(reports, used, levelRoles, options.CumulativeWindowDays, why, ref notes);
                        used = used[..n];
                    }
                }
            }
            else
            {
                Span<CumulativeRole> levelRoles = n <= 256 ? stackalloc CumulativeRole[n] : new CumulativeRole[n];
                if (CumulativeSelection.DecideLevel(reports, used, asOfDay, levelRoles) > 0)
                {
                    n = Select(reports, used, levelRoles, options.CumulativeWindowDays, why, ref notes);
                    used = used[..n];
                }
            }
        }
        // Stage 0 for any figure but a cumulative count's: one dated more than 30 half-lives before the newest weighs under
        // a billionth of it and is left out (a cumulative count keeps its earlier values as lower bounds).
        if (!cumulative && n > 1)
        {
            Span<CumulativeRole> ageRoles = n <= 256 ? stackalloc CumulativeRole[n] : new CumulativeRole[n];
            if (WeightStage.DecideOutweighed(reports.AsSpan(), used, Dates.DayNumber(asOf), options.HalfLifeDays, ageRoles) > 0)
            {
                if (originGroupCount >= 0)
                {
                    KeepGroups(originGroups[..n], ageRoles, originGroupCount);
                }
                n = Select(reports, used, ageRoles, options.CumulativeWindowDays, why, ref notes, Exclusion.Outweighed, AggregateNoteKind.OutweighedFigures);
                used = used[..n];
            }
        }
        // The used reports in an array of their own when some are left out: rented, and returned (cleared) at the end.
        Report[]? picked = n == reports.Count ? null : PickRented(reports, used);
        ReadOnlySpan<Report> usedReports = picked is null ? reports.AsSpan() : picked.AsSpan(0, n);
        for (int i = 0; contributions is not null && i < reports.Count; i++)
        {
            if (why[i] != Exclusion.None)
            {
                contributions[i] = Contribution.NotUsed(reports[i], why[i], AnalysisScales.InUnit(reports[i], unit).Interval(0.95));
            }
        }

        // Stage 1: the scale, and each report on it.
        Span<HedgeKind> hedges = n <= StackLimit ? stackalloc HedgeKind[n] : new HedgeKind[n];
        Span<double> medians = n <= StackLimit ? stackalloc double[n] : new double[n];
        // A series read each report's own reading once (more than one report), and knows whether all stay on the scale.
        bool readAlready = n > 1 && series is not null;
        bool onScale = series is not null && series.AllOnScale(key, unit, rules);
        if (!(readAlready && onScale))
        {
            if (columnLength > 0)
            {
                for (int j = 0; j < n; j++)
                {
                    hedges[j] = hedgesRead[used[j]];
                }
                ObservationStage.ReadMedians(usedReports, medians);
            }
            else
            {
                ObservationStage.ReadEstimates(usedReports, hedges, medians);
            }
        }
        var scale = onScale ? AnalysisScales.For(key, unit) : ObservationStage.ChooseScale(usedReports, medians, key, unit, rules, ref notes);
        double upper = scale == AnalysisScale.Logit ? AnalysisScales.ShareUpper(unit) : 0;
        if (n == 1)
        {
            AggregateNote.Add(ref notes, AggregateNote.Of(AggregateNoteKind.SingleReport));
        }
        Span<ReportReading> readings = n <= StackLimit ? stackalloc ReportReading[n] : new ReportReading[n];
        if (readAlready)
        {
            series!.Read(used, scale, upper, unit, options.ReportingFloor, rules, readings);
        }
        else
        {
            ObservationStage.ReadEach(usedReports, medians, hedges, scale, upper, unit, options.ReportingFloor, rules, readings);
        }
        bool anyCensored = ObservationStage.Settle(scale, upper, rules, roles, readings, ref notes);

        // Stage 2: the weight factors, and the variances they inflate.
        Span<ReportWeight> weights = n <= StackLimit ? stackalloc ReportWeight[n] : new ReportWeight[n];
        Span<int> independence = n <= StackLimit ? stackalloc int[n] : new int[n];
        if (originGroupCount >= 0)
        {
            originGroups[..n].CopyTo(independence);
        }
        else if (columnar)
        {
            columns.IndependentGroups(reports, used, usedReports, independence);
        }
        else
        {
            ReportCollection.IndependentGroupIndices(usedReports).CopyTo(independence);
        }
        int origins = WeightStage.Weigh(usedReports, independence, asOf, options, explain, weights);
        Span<double> numbers = n <= StackLimit ? stackalloc double[6 * n] : new double[6 * n];
        numbers.Clear();
        var pointY = numbers.Slice(0, n);
        var pointV = numbers.Slice(n, n);
        var relative = numbers.Slice(2 * n, n);
        var methodWeights = numbers.Slice(3 * n, n);
        var residuals = numbers.Slice(4 * n, n);
        var scratch = numbers.Slice(5 * n, n);
        Span<bool> flagged = n <= StackLimit ? stackalloc bool[n] : new bool[n];
        Span<Observation> observations = n <= StackLimit ? stackalloc Observation[n] : new Observation[n];
        for (int j = 0; j < n; j++)
        {
            double w = weights[j].Relative;
            relative[j] = w;
            pointY[j] = readings[j].Center;
            pointV[j] = readings[j].Enter(w, out observations[j]);
        }

        // Stage 3: the method.
        var input = new MethodInput
        {
            Reports = usedReports,
            Readings = readings,
            Weights = relative,
            PointY = pointY,
            PointV = pointV,
            Observations = observations,
            AnyCensored = anyCensored,
            Scale = scale,
            Upper = upper,
            Unit = unit,
            Options = options,
            Z = options.LevelQuantile,
            Scratch = scratch,
            Residuals = residuals,
            Flagged = flagged,
        };
        bool describeLater = !explain && strategy.HeterogeneityOnlyDescribes(options);
        var outcome = strategy.Combine(input, describeLater ? default : strategy.Heterogeneity(input), methodWeights, ref notes);

        // Stage 4: what each report did to it. Which reports disagree with the rest is found when explaining, and when
        // heavy tails moved the centre: the move is noted only if some report disagrees, and the note names them.
        bool tailsMoved = !double.IsNaN(outcome.NormalCentre);
        if (contributions is not null || tailsMoved)
        {
            if (!outcome.DisagreementFound)
            {
                ExplanationStage.FindDisagreement(input, residuals, flagged);
            }
            if (tailsMoved && flagged.Contains(true))
            {
                AggregateNote.Add(ref notes, AggregateNote.Of(AggregateNoteKind.HeavyTailCentre, Flagged(usedReports, flagged), outcome.NormalCentre));
            }
            if (contributions is not null)
            {
                ExplanationStage.Explain(input, weights, methodWeights, used, residuals, flagged, contributions);
            }
        }
        var confidence = AnalysisScales.From(scale, outcome.Confidence, upper);
        var prediction = AnalysisScales.From(scale, outcome.Prediction, upper);
        if (scale == AnalysisScale.Natural && key.Statistic != Statistic.Change)
        {
            // Combined on the natural scale (a count of 0, a share of 100% among the reports): a count is never
            // negative and a share stays within its range, whatever the method's normal approximation says.
            double top = unit.Dimension == Dimension.Ratio ? AnalysisScales.ShareUpper(unit) : double.PositiveInfinity;
            confidence = Within(confidence, top);
            prediction = Within(prediction, top);
        }
        if (picked is not null)
        {
            System.Buffers.ArrayPool<Report>.Shared.Return(picked, clearArray: true);
        }
        return new Aggregate(
            first.Quantity.InUnit(unit), asOf, options, scale, outcome.Result, outcome.Center, outcome.StandardError,
            confidence, prediction,
            describeLater ? null : outcome.Heterogeneity, contributions, n, reports, origins, AggregateNote.TakeArray(notes), outcome.NoiseScale);
    }

    /// <summary>
    /// Drops the superseded reports' entries from <paramref name="groups"/> (the used reports' origin groups, in the
    /// order of <paramref name="roles"/>; <see cref="Select"/> drops the same from the used reports) and numbers the
    /// groups left 0, 1, ... by first report again, as <see cref="ReportColumns.OriginGroups"/> numbers the reports kept.
    /// </summary>
    private static void KeepGroups(Span<int> groups, ReadOnlySpan<CumulativeRole> roles, int groupCount)
    {
        Span<int> renumbered = groupCount <= 256 ? stackalloc int[groupCount] : new int[groupCount];
        renumbered.Fill(-1);
        int kept = 0, next = 0;
        for (int j = 0; j < groups.Length; j++)
        {
            if (roles[j] == CumulativeRole.Superseded)
            {
                continue;
            }
            ref int number = ref renumbered[groups[j]];
            if (number < 0)
            {
                number = next++;
            }
            groups[kept++] = number;
        }
    }

    /// <summary>The reports flagged in <paramref name="flagged"/>, in order.</summary>
    private static Report[] Flagged(ReadOnlySpan<Report> reports, ReadOnlySpan<bool> flagged)
    {
        var result = new Report[flagged.Count(true)];
        for (int i = 0, j = 0; i < reports.Length; i++)
        {
            if (flagged[i])
            {
                result[j++] = reports[i];
            }
        }
        return result;
    }

    /// <summary>
    /// Drops the superseded reports from <paramref name="used"/> and <paramref name="roles"/> (marking them in
    /// <paramref name="why"/> with <paramref name="left"/>), and notes which were superseded (a note of kind
    /// <paramref name="leftNote"/>) and which enter as lower bounds.
    /// </summary>
    /// <returns>The number of reports still used.</returns>
    private static int Select(
        ArraySegment<Report> reports, Span<int> used, Span<CumulativeRole> roles, int windowDays, Span<Exclusion> why,
        ref List<AggregateNote>? notes, Exclusion left = Exclusion.Superseded, AggregateNoteKind leftNote = AggregateNoteKind.SupersededFigures)
    {
        // The notes' report arrays at their final sizes (a list grown and copied per quantity cost most of what a
        // superseded figure's note allocates).
        int supersededCount = 0, boundCount = 0;
        foreach (var role in roles[..used.Length])
        {
            supersededCount += role == CumulativeRole.Superseded ? 1 : 0;
            boundCount += role == CumulativeRole.LowerBound ? 1 : 0;
        }
        var superseded = supersededCount > 0 ? new Report[supersededCount] : null;
        var bounds = boundCount > 0 ? new Report[boundCount] : null;
        int kept = 0, nextSuperseded = 0, nextBound = 0;
        for (int j = 0; j < used.Length; j++)
        {
            var report = reports[used[j]];
            if (roles[j] == CumulativeRole.Superseded)
            {
                why[used[j]] = left;
                superseded![nextSuperseded++] = report;
                continue;
            }
            if (roles[j] == CumulativeRole.LowerBound)
            {
                bounds![nextBound++] = report;
            }
            used[kept] = used[j];
            roles[kept++] = roles[j];
        }
        if (superseded is not null)
        {
            AggregateNote.Add(ref notes, AggregateNote.Of(leftNote, superseded, double.NaN));
        }
        if (bounds is not null)
        {
            AggregateNote.Add(ref notes, AggregateNote.Of(AggregateNoteKind.EarlierValuesAsLowerBounds, bounds, windowDays));
        }
        return kept;
    }

    private static EstimateInterval Within(EstimateInterval interval, double top)
        => new(Math.Clamp(interval.Lower, 0, top), Math.Clamp(interval.Upper, 0, top), interval.Level);

    /// <summary>
    /// Whether report <paramref name="index"/> repeats one already used: the same id, or the same origin chain,
    /// quantity, dates and figure under another id (the same report passed twice).
    /// </summary>
    private static bool RepeatsAnEarlier(ArraySegment<Report> reports, ReadOnlySpan<int> used, int index)
    {
        var report = reports[index];
        foreach (var j in used)
        {
            var other = reports[j];
            if (ReferenceEquals(other, report) || other.Id == report.Id)
            {
                return true;
            }
            if (other.Published == report.Published && SameContent(other, report))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether two reports published on one date say the same thing: the same dates, figure as written, quantity and origin chain.</summary>
    internal static bool SameContent(Report other, Report report)
        => other.RefersTo == report.RefersTo
            && other.Estimate.Stated.Text == report.Estimate.Stated.Text && other.Quantity == report.Quantity
            && SameChain(other.Provenance, report.Provenance);

    /// <summary>As the pairwise form, through <paramref name="seen"/>: the used reports by their id's hash and by their content's hash.</summary>
    private static bool RepeatsAnEarlier(ArraySegment<Report> reports, Dictionary<int, List<int>> seen, int index)
    {
        var report = reports[index];
        int byId = StringComparer.Ordinal.GetHashCode(report.Id);
        int byContent = HashCode.Combine(report.Published, report.RefersTo, report.Estimate.Stated.Text, report.Quantity, report.Provenance.Chain.Count);
        foreach (var hash in (ReadOnlySpan<int>)[byId, byContent])
        {
            if (seen.TryGetValue(hash, out var candidates) && RepeatsAnEarlier(reports, CollectionsMarshal.AsSpan(candidates), index))
            {
                return true;
            }
        }
        foreach (var hash in (ReadOnlySpan<int>)[byId, byContent])
        {
            if (!seen.TryGetValue(hash, out var list))
            {
                seen[hash] = list = new List<int>(1);
            }
            list.Add(index);
        }
        return false;
    }

    private static bool SameChain(Provenance a, Provenance b)
    {
        var x = a.Chain;
        var y = b.Chain;
        if (x.Count != y.Count)
        {
            return false;
        }
        for (int i = 0; i < x.Count; i++)
        {
            if (x[i] != y[i])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>As <see cref="Pick"/>, into an array rented from the shared pool (at least as long; to be returned cleared).</summary>
    private static Report[] PickRented(ArraySegment<Report> reports, ReadOnlySpan<int> used)
    {
        var picked = System.Buffers.ArrayPool<Report>.Shared.Rent(used.Length);
        for (int j = 0; j < used.Length; j++)
        {
            picked[j] = reports[used[j]];
        }
        return picked;
    }

    private static Report[] Pick(ArraySegment<Report> reports, ReadOnlySpan<int> used)
    {
        var picked = new Report[used.Length];
        for (int j = 0; j < used.Length; j++)
        {
            picked[j] = reports[used[j]];
        }
        return picked;
    }
}
