using System.Linq;
using System.Reflection;
using FluentAssertions;
using ForceEstimates.Extraction;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.Extraction;

public class ReadingWorkspaceTest
{
    private const string Article = "Ukraine has lost over 40 per cent of the territory, Reuters reported on Nov. 23, citing a source in the General Staff. "
        + "\"Now we control approximately 800 square kilometres,\" the source told Reuters. The source added that nearly 60,000 Russian troops "
        + "are stationed in Kursk Oblast, and that 1,200 were killed last week. Reuters said that 60,000 troops were there.";

    private static readonly FieldInfo[] ProposalFields = typeof(FigureProposal).GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);

    /// <summary>A proposal is reused for the next article: cleared, every field (backing fields included) must be as in a new one.</summary>
    [Fact]
    public void ClearedProposalIsAsNew()
    {
        var proposals = ReportExtractor.Default.Propose(Article, new LocalDate(2024, 11, 23));
        proposals.Should().HaveCountGreaterThan(2);
        var fresh = new FigureProposal();
        ProposalFields.Should().HaveCountGreaterThan(15);
        foreach (var proposal in proposals)
        {
            _ = proposal.Mentions; // the list made on demand
            ProposalFields.Count(field => !Same(field.GetValue(fresh), field.GetValue(proposal))).Should().BeGreaterThan(5, "a read proposal has its fields set");
            proposal.Clear();
            foreach (var field in ProposalFields)
            {
                Same(field.GetValue(fresh), field.GetValue(proposal)).Should().BeTrue($"{field.Name} must be cleared");
            }
        }
    }

    /// <summary>Equal values, and arrays equal item by item (a new proposal's figures are an empty array).</summary>
    private static bool Same(object? a, object? b) => (a, b) switch
    {
        (System.Array x, System.Array y) => x.Length == y.Length && x.Cast<object>().SequenceEqual(y.Cast<object>()),
        _ => Equals(a, b),
    };

    /// <summary>Two articles read in a row by the kept workspace read as each does alone: nothing of the first is left in the proposals.</summary>
    [Fact]
    public void ArticlesReadInTurnReadAsAlone()
    {
        var published = new LocalDate(2024, 11, 23);
        const string other = "About 300 drones were launched overnight, the air force said. Ukrainian forces shot down 250 of them.";
        string Describe(string text) => string.Join("\n", ReportExtractor.Default.Extract(text, published)
            .Select(f => $"{f.Text}|{f.Subject}|{f.Place}|{f.Attribution}|{f.RefersTo}|{f.Kind}|{f.Rate}|{f.Confidence}|{f.Mentions.Count}"));
        string first = Describe(Article);
        string second = Describe(other);
        first.Should().NotBeEmpty();
        second.Should().NotBeEmpty();
        for (int round = 0; round < 3; round++)
        {
            Describe(Article).Should().Be(first);
            Describe(other).Should().Be(second);
        }
    }
}
