using System;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Xunit;

namespace ForceEstimates.Tests.Quantities;

public class QuantityPropertiesTest
{
    private static readonly string[] Words = ["North", "Korean", "troops", "Kursk", "Oblast", "Russian", "forces", "front"];

    /// <summary>Writes the same words with random casing and random runs of white space around and between them.</summary>
    private static string Scramble(string[] words, Random random)
    {
        var text = new StringBuilder();
        text.Append(' ', random.Next(0, 3));
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0)
            {
                text.Append(random.Next(0, 2) == 0 ? " " : " \t ");
            }
            text.Append(new string(words[i].Select(c => random.Next(0, 2) == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c)).ToArray()));
        }
        return text.Append('\n', random.Next(0, 2)).ToString();
    }

    [Property]
    public bool CaseAndSpacingNeverChangeAQuantityOrItsHash(int seed)
    {
        var random = new Random(seed);
        var subject = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Words[random.Next(Words.Length)]).ToArray();
        var place = Enumerable.Range(0, random.Next(1, 3)).Select(_ => Words[random.Next(Words.Length)]).ToArray();
        var a = Quantity.Of(Metric.Personnel, Scramble(subject, random), Scramble(place, random), Unit.Persons, Statistic.Level);
        var b = Quantity.Of(Metric.Of(" PERSONNEL "), Scramble(subject, random), Scramble(place, random), Unit.Persons, Statistic.Level);
        return a == b && a.GetHashCode() == b.GetHashCode() && a.Key == b.Key && a.Key.GetHashCode() == b.Key.GetHashCode()
            && a.Subject == string.Join(' ', a.Subject.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [Property]
    public bool QuantitiesInCompatibleUnitsShareAKeyAndOthersDoNot(byte first, byte second)
    {
        Unit[] units = [Unit.SquareKilometres, Unit.SquareMiles, Unit.Hectares, Unit.Percent, Unit.Fraction, Unit.Persons, Unit.CountOf("tanks"), Unit.Kilometres];
        var a = units[first % units.Length];
        var b = units[second % units.Length];
        var keyA = Quantity.Of(Metric.TerritoryHeld, "Ukrainian forces", "Kursk Oblast", a, Statistic.Level).Key;
        var keyB = Quantity.Of(Metric.TerritoryHeld, "Ukrainian forces", "Kursk Oblast", b, Statistic.Level).Key;
        return (keyA == keyB) == a.IsCompatibleWith(b);
    }
}
