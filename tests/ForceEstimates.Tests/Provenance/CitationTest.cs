using System;
using FluentAssertions;
using ForceEstimates.Tests.Contracts;
using NodaTime;
using Xunit;

namespace ForceEstimates.Tests.ProvenanceTests;

public class CitationTest
{
    private static readonly Source Reuters = Source.Of("Reuters", SourceKind.NewsAgency, ConflictSide.ThirdParty);
    private static readonly LocalDate November23 = new(2024, 11, 23);

    [Fact]
    public void EqualityContract()
        => Contracts.EqualityContract.Holds(
            Citation.Of(Reuters, November23, new Uri("https://example.org/a")),
            Citation.Of(Source.Of("reuters", SourceKind.NewsAgency, ConflictSide.ThirdParty), November23, new Uri("https://example.org/a")),
            Citation.Of(Reuters, November23),
            Citation.Of(Reuters, November23.PlusDays(1), new Uri("https://example.org/a")),
            Citation.Of(Reuters, null, new Uri("https://example.org/a")),
            Citation.Of(Reuters, November23, new Uri("https://example.org/b")),
            Citation.Of(Source.Of("Interfax-Ukraine", SourceKind.NewsAgency, ConflictSide.Ukraine), November23, new Uri("https://example.org/a")));

    [Fact]
    public void ToStringShowsSourceAndIsoDate()
    {
        Citation.Of(Reuters, November23).ToString().Should().Be("Reuters (2024-11-23)");
        Citation.Of(Reuters).ToString().Should().Be("Reuters");
    }

    [Fact]
    public void RejectsNullSourceAndRelativeUrl()
    {
        FluentActions.Invoking(() => Citation.Of(null!)).Should().Throw<ArgumentNullException>().WithParameterName("source");
        FluentActions.Invoking(() => Citation.Of(Reuters, url: new Uri("/news/1", UriKind.Relative)))
            .Should().Throw<ArgumentException>().WithParameterName("url");
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("/relative/path")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.org/a")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    public void AcceptsOnlyAbsoluteWebAddresses(string address)
    {
        var e = FluentActions.Invoking(() => Citation.Of(Reuters, url: new Uri(address, UriKind.RelativeOrAbsolute)))
            .Should().Throw<ArgumentException>().WithParameterName("url").Which;

        e.Message.Should().Contain("http or https");
        Citation.Of(Reuters, url: new Uri("http://example.org/a")).Url!.Scheme.Should().Be("http");
        Citation.Of(Reuters, url: new Uri("HTTPS://example.org/a")).Url!.Scheme.Should().Be("https");
    }
}
