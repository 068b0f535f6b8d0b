using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ForceEstimates;

/// <summary>
/// A unit of measurement for a reported figure: persons, square kilometres, square miles,
/// percent, or a count of some named thing. Each unit has a <see cref="Dimension"/> and a factor
/// to the canonical unit of that dimension, so compatible units convert
/// (<see cref="Convert(double, Unit)"/>).
/// </summary>
/// <remarks>
/// <para>Two units are equal when they have the same <see cref="Symbol"/> and
/// <see cref="Dimension"/>; units of counts are identified by the thing counted, lower-cased
/// (<c>Unit.CountOf("Tanks") == Unit.CountOf("tanks")</c>). Persons, people, personnel,
/// soldiers and troops are all <see cref="Persons"/>.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class Unit : IEquatable<Unit>
{
    // One mile is exactly 1.609344 km (international yard and pound agreement, 1959).
    private const double KilometresPerMile = 1.609344;

    private Unit(string symbol, string name, Dimension dimension, double factor)
    {
        Symbol = symbol;
        Name = name;
        Dimension = dimension;
        FactorToCanonical = factor;
    }

    /// <summary>Persons (people, personnel, soldiers, troops): a count of people.</summary>
    public static Unit Persons { get; } = new("persons", "persons", Dimension.Count, 1);

    /// <summary>The square kilometre, km²: the canonical unit of area.</summary>
    public static Unit SquareKilometres { get; } = new("km²", "square kilometres", Dimension.Area, 1);

    /// <summary>The square mile, mi², exactly 2.589988110336 km².</summary>
    public static Unit SquareMiles { get; } = new("mi²", "square miles", Dimension.Area, KilometresPerMile * KilometresPerMile);

    /// <summary>The hectare, ha, 0.01 km².</summary>
    public static Unit Hectares { get; } = new("ha", "hectares", Dimension.Area, 0.01);

    /// <summary>The kilometre, km: the canonical unit of length.</summary>
    public static Unit Kilometres { get; } = new("km", "kilometres", Dimension.Length, 1);

    /// <summary>The mile, mi, exactly 1.609344 km.</summary>
    public static Unit Miles { get; } = new("mi", "miles", Dimension.Length, KilometresPerMile);

    /// <summary>The percent, %: the canonical unit of a share.</summary>
    public static Unit Percent { get; } = new("%", "percent", Dimension.Ratio, 1);

    /// <summary>A share as a plain fraction of one (0.4 for 40%).</summary>
    public static Unit Fraction { get; } = new("fraction", "fraction of one", Dimension.Ratio, 100);

    /// <summary>The short symbol: "km²", "mi²", "%", "persons", or the counted thing ("tanks").</summary>
    public string Symbol { get; }

    /// <summary>The name in words: "square kilometres", "percent", "tanks".</summary>
    public string Name { get; }

    /// <summary>What the unit measures.</summary>
    public Dimension Dimension { get; }

    /// <summary>How many canonical units (km², km, %, or one counted item) one of this unit is.</summary>
    public double FactorToCanonical { get; }

    /// <summary>The canonical unit of this unit's dimension (for counts: the unit itself).</summary>
    public Unit Canonical => Dimension switch
    {
        Dimension.Area => SquareKilometres,
        Dimension.Length => Kilometres,
        Dimension.Ratio => Percent,
        _ => this,
    };

    /// <summary>
    /// The unit for a count of <paramref name="thing"/> ("tanks", "aircraft"). Words for people
    /// ("persons", "soldiers", "troops", "personnel") give <see cref="Persons"/>.
    /// </summary>
    /// <param name="thing">What is counted; not blank. Case and spacing are normalised.</param>
    /// <returns>The count unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="thing"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="thing"/> is blank, or names a unit of another dimension ("km²").</exception>
    public static Unit CountOf(string thing)
    {
        var word = Names.CheckName(thing, nameof(thing)).ToLowerInvariant();
        if (TryParse(word, out var unit))
        {
            Preconditions.CheckArgument(unit == Persons, nameof(thing),
                $"Expected the name of a counted thing, but {Excerpt.Quote(thing)} is a unit of {unit.Dimension}.");
            return Persons;
        }
        return new Unit(word, word, Dimension.Count, 1);
    }

    /// <summary>
    /// Reads a unit as newspapers write it: "square kilometres", "sq km", "km2", "km²", "square
    /// miles", "sq mi", "hectares", "%", "per cent", "percent", "persons", "soldiers", "troops".
    /// Case and spacing do not matter. Other counted things are not guessed: use
    /// <see cref="CountOf(string)"/>.
    /// </summary>
    /// <param name="text">The unit text.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a known unit; the message names the text and the position.</exception>
    public static Unit Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        if (TryParse(text, out var unit))
        {
            return unit;
        }
        var position = 0;
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }
        throw new FormatException(string.Create(CultureInfo.InvariantCulture,
            $"Cannot read {Excerpt.Quote(text)} as a unit: no known unit starts at position {position}. Expected for example \"km²\", \"sq mi\", \"%\" or \"persons\"."));
    }

    /// <summary>Tries to read a unit as <see cref="Parse(string)"/> does.</summary>
    /// <param name="text">The unit text; null gives false.</param>
    /// <param name="unit">The unit, or null when the text is not a known unit.</param>
    /// <returns>Whether the text was read.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out Unit? unit)
    {
        unit = null;
        if (text is null)
        {
            return false;
        }
        // The spellings are the Estimates lexicon's, so a unit a figure is written in reads here too.
        var span = text.AsSpan().Trim();
        if (Lexicon.MatchUnit(span, 0, attached: false, out var word) == span.Length)
        {
            unit = Of(word.Unit);
        }
        else
        {
            foreach (string person in Lexicon.PersonWords)
            {
                if (SpanScanner.PhraseEnd(span, 0, person) == span.Length)
                {
                    unit = Persons;
                    break;
                }
            }
        }
        return unit is not null;
    }

    /// <summary>The unit of a unit class the scanners read, or null for one Quantities has no unit for (percentage points, metres, tonnes).</summary>
    internal static Unit? Of(UnitClass unit) => unit switch
    {
        UnitClass.Percent => Percent,
        UnitClass.SquareKilometre => SquareKilometres,
        UnitClass.SquareMile => SquareMiles,
        UnitClass.Hectare => Hectares,
        UnitClass.Kilometre => Kilometres,
        UnitClass.Mile => Miles,
        UnitClass.Fraction => Fraction,
        _ => null,
    };

    /// <summary>Whether values in this unit convert to <paramref name="other"/>: same dimension, and for counts the same thing counted.</summary>
    /// <param name="other">The other unit.</param>
    /// <returns>True when <see cref="Convert(double, Unit)"/> would succeed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool IsCompatibleWith(Unit other)
    {
        Preconditions.CheckNotNull(other);
        return Dimension == other.Dimension && (Dimension != Dimension.Count || Symbol == other.Symbol);
    }

    /// <summary>Converts <paramref name="value"/> from this unit to <paramref name="to"/>: 1 mi² gives 2.589988110336 km².</summary>
    /// <param name="value">The value in this unit; not NaN (infinities, as unbounded ends, stay infinite).</param>
    /// <param name="to">The unit to convert to; compatible with this one.</param>
    /// <returns>The value in <paramref name="to"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="to"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is NaN, or the units are not compatible.</exception>
    public double Convert(double value, Unit to)
    {
        Preconditions.CheckNotNull(to);
        Preconditions.CheckArgument(!double.IsNaN(value), nameof(value), "Expected a number to convert, but got NaN.");
        Preconditions.CheckArgument(IsCompatibleWith(to), nameof(to),
            $"Expected a unit compatible with {Symbol} ({Dimension}), but got {to.Symbol} ({to.Dimension}).");
        return ReferenceEquals(this, to) || FactorToCanonical == to.FactorToCanonical ? value : value * FactorToCanonical / to.FactorToCanonical;
    }

    /// <inheritdoc />
    public bool Equals(Unit? other)
        => other is not null && Dimension == other.Dimension && string.Equals(Symbol, other.Symbol, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Unit);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Dimension, StringComparer.Ordinal.GetHashCode(Symbol));

    /// <summary>Whether two units are equal (both null counts as equal).</summary>
    /// <param name="left">The first unit.</param>
    /// <param name="right">The second unit.</param>
    public static bool operator ==(Unit? left, Unit? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two units differ.</summary>
    /// <param name="left">The first unit.</param>
    /// <param name="right">The second unit.</param>
    public static bool operator !=(Unit? left, Unit? right) => !(left == right);

    /// <summary>The symbol, e.g. "km²".</summary>
    public override string ToString() => Symbol;
}
