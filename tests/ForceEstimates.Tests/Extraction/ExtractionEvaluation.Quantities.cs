using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ForceEstimates.Extraction;

namespace ForceEstimates.Tests.Extraction;

/// <summary>
/// Scores the quantities <see cref="ReportExtractor.ToReports"/> suggests against the labels' quantity groups (the
/// optional eighth column "q:‹id›"): do figures of several articles about one thing meet in one quantity?
/// </summary>
/// <remarks>
/// <para>Over the figures found (matched to a label as <see cref="ExtractionEvaluation"/> matches them) whose label gives a
/// group, each file read as one batch (<see cref="ReportExtractor.ToReports"/> over every figure found in the file, so
/// that a region written several ways gets one spelling). Groups are a file's own: pairs are taken within a file.</para>
/// <para>Two figures get one suggested quantity when their quantities have one <see cref="Quantity.Key"/>: the quantity
/// without its unit but with its dimension, which is what <c>Aggregate.ByQuantity</c> groups by, so that a
/// figure in km² and its conversion in square miles, or a share written "20%" and "a fifth", meet as an aggregate meets them.
/// Recall: of the pairs of figures of one group, the share that got one suggested quantity. Precision: of the
/// pairs that got one suggested quantity, the share that are of one group. Quantities per group: the distinct suggested
/// quantities of a group's found figures, averaged over the groups with a found figure (1.0 when every group meets in
/// one quantity).</para>
/// </remarks>
internal sealed class QuantityEvaluation
{
    private readonly StringBuilder log = new();

    /// <summary>Labels with a group.</summary>
    internal int Labelled { get; private set; }

    /// <summary>Labels with a group whose figure was found.</summary>
    internal int Figures { get; private set; }

    /// <summary>Groups with at least one found figure.</summary>
    internal int Groups { get; private set; }

    /// <summary>Distinct suggested quantities, summed over the groups.</summary>
    internal int GroupQuantities { get; private set; }

    /// <summary>Groups whose found figures got more than one quantity.</summary>
    internal int SplitGroups { get; private set; }

    /// <summary>Pairs of found figures of one group.</summary>
    internal int GroupPairs { get; private set; }

    /// <summary>Pairs of found figures that got one suggested quantity.</summary>
    internal int QuantityPairs { get; private set; }

    /// <summary>Pairs of found figures of one group that got one suggested quantity.</summary>
    internal int JoinedPairs { get; private set; }

    internal double Recall => GroupPairs == 0 ? 1 : (double)JoinedPairs / GroupPairs;

    internal double Precision => QuantityPairs == 0 ? 1 : (double)JoinedPairs / QuantityPairs;

    internal double QuantitiesPerGroup => Groups == 0 ? double.NaN : (double)GroupQuantities / Groups;

    /// <summary>Each pair missed: "SPLIT" (one group, two quantities) and "MERGED" (two groups, one quantity), and each group's quantities.</summary>
    internal string Log => log.ToString();

    internal string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"quantities: {Figures} of {Labelled} grouped figures found, {Groups} groups: recall {Recall:F3} ({JoinedPairs}/{GroupPairs} pairs), "
        + $"precision {Precision:F3} ({JoinedPairs}/{QuantityPairs} pairs), quantities per group {QuantitiesPerGroup:F2} ({SplitGroups} groups split)");

    /// <summary>Reads one labelled file with <paramref name="extractor"/> and scores its suggested quantities.</summary>
    internal static QuantityEvaluation Run(IReadOnlyList<LabelledBlock> blocks, ReportExtractor extractor)
    {
        var result = new QuantityEvaluation();
        result.Add(blocks, extractor);
        return result;
    }

    /// <summary>Adds the counts and log of another file's evaluation (pooling files already scored).</summary>
    internal void Add(QuantityEvaluation other)
    {
        Labelled += other.Labelled;
        Figures += other.Figures;
        Groups += other.Groups;
        GroupQuantities += other.GroupQuantities;
        SplitGroups += other.SplitGroups;
        GroupPairs += other.GroupPairs;
        QuantityPairs += other.QuantityPairs;
        JoinedPairs += other.JoinedPairs;
        log.Append(other.log);
    }

    /// <summary>Adds one more labelled file (its groups are its own) to the counts.</summary>
    internal void Add(IReadOnlyList<LabelledBlock> blocks, ReportExtractor extractor)
    {
        // The figures of every block, in file order, for one ToReports over the file.
        var extracted = new Dictionary<LabelledBlock, IReadOnlyList<ExtractedFigure>>(ReferenceEqualityComparer.Instance);
        var evaluation = ExtractionEvaluation.Run(blocks, block =>
        {
            var figures = extractor.Extract(block.Text, block.Published);
            extracted[block] = figures;
            return ExtractorReading.Of(figures);
        });
        var all = new List<ExtractedFigure>();
        var firstOf = new Dictionary<LabelledBlock, int>(ReferenceEqualityComparer.Instance);
        foreach (var block in blocks)
        {
            firstOf[block] = all.Count;
            all.AddRange(extracted[block]);
        }
        var reports = ReportExtractor.ToReports(all);
        Labelled += blocks.Sum(b => b.Expected.Count(e => e.Group is not null));
        var items = new List<(int Line, string Text, string Group, Quantity Quantity)>();
        foreach (var (block, e, found) in evaluation.Matches)
        {
            var expected = block.Expected[e];
            if (expected.Group is { } group)
            {
                items.Add((block.Line, expected.Text, group, reports[firstOf[block] + found].Quantity));
            }
        }
        Figures += items.Count;
        for (int i = 0; i < items.Count; i++)
        {
            for (int j = i + 1; j < items.Count; j++)
            {
                bool oneGroup = items[i].Group == items[j].Group, oneQuantity = items[i].Quantity.Key == items[j].Quantity.Key;
                GroupPairs += oneGroup ? 1 : 0;
                QuantityPairs += oneQuantity ? 1 : 0;
                JoinedPairs += oneGroup && oneQuantity ? 1 : 0;
                if (oneGroup != oneQuantity)
                {
                    log.Append(oneGroup ? "  SPLIT  q:" + items[i].Group : "  MERGED q:" + items[i].Group + " q:" + items[j].Group)
                        .Append(CultureInfo.InvariantCulture, $"  line {items[i].Line} '{items[i].Text}' -> {items[i].Quantity}")
                        .Append(CultureInfo.InvariantCulture, $"  /  line {items[j].Line} '{items[j].Text}' -> {items[j].Quantity}\n");
                }
            }
        }
        foreach (var group in items.GroupBy(item => item.Group))
        {
            var quantities = group.Select(item => item.Quantity.Key).Distinct().ToList();
            Groups++;
            GroupQuantities += quantities.Count;
            SplitGroups += quantities.Count > 1 ? 1 : 0;
            log.Append(CultureInfo.InvariantCulture, $"  group q:{group.Key}: {group.Count()} figures, {quantities.Count} quantities\n");
            foreach (var quantity in quantities)
            {
                var lines = group.Where(item => item.Quantity.Key == quantity).Select(item => $"{item.Line} '{item.Text}' ({item.Quantity.Unit.Symbol})");
                log.Append(CultureInfo.InvariantCulture, $"    {quantity}: {string.Join(", ", lines)}\n");
            }
        }
    }
}
