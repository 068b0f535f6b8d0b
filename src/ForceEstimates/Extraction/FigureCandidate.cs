using System.Runtime.CompilerServices;

namespace ForceEstimates.Extraction;

/// <summary>
/// A figure found in the text, as the Estimates grammar read it (<see cref="Reading"/>, positions in
/// the article): [<see cref="Start"/>, <see cref="End"/>) covers the hedge, the number(s), a multiplier
/// and the unit. <see cref="High"/> is NaN unless the figure is a range; both ends are NaN for a vague
/// amount. When the number's format is ambiguous and the article shows no convention
/// ("60.000"), <see cref="Reading"/> takes the period as grouping thousands and
/// <see cref="Alternative"/> as the decimal point (boxed: it is rare, and a second reading inline
/// would double the size of every candidate).
/// </summary>
internal readonly record struct FigureCandidate(ScannedFigure Reading, StrongBox<ScannedFigure>? Alternative = null)
{
    internal int Start => Reading.Start;

    internal int Length => Reading.End - Reading.Start;

    internal int End => Reading.End;

    internal int NumberStart => Reading.NumberStart;

    internal HedgeKind Hedge => Reading.Hedge;

    internal bool IsVague => Reading.Hedge == HedgeKind.Vague;

    internal double Low => IsVague ? double.NaN : Reading.First;

    internal double High => IsVague || !Reading.HasSecond ? double.NaN : Reading.Second;

    internal int UnitStart => Reading.UnitLength > 0 ? Reading.UnitStart : Reading.End;

    internal int UnitLength => Reading.UnitLength;

    internal UnitClass Unit => Reading.Unit;
}
