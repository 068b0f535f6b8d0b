using System;
using ForceEstimates;
using ForceEstimates.Aggregation;
using NodaTime;

foreach (var r in Samples.Kursk2024)
{
    Console.WriteLine($"{r.Quantity} | {r.Estimate} | median {r.Estimate.Median:N0} | 90% {r.Estimate.Interval(0.9)} | {r.Provenance} | {r.Published}");
}
foreach (var date in new[] { new LocalDate(2024, 12, 31), new LocalDate(2025, 3, 31) })
{
    foreach (var m in Enum.GetValues<AggregationMethod>())
    {
        var a = Aggregate.Of(Samples.NorthKoreanTroops, date, AggregationOptions.Default with { Method = m });
        Console.WriteLine(m == AggregationMethod.RandomEffects ? a.Summary : a.ToString());
    }
}
