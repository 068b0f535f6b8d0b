namespace ForceEstimates.Extraction;

/// <summary>
/// What kind of figure an extracted figure is, read from the words around it, so that an analyst can
/// keep the force estimates and set the rest aside. <see cref="ExtractedFigure.Metric"/> gives the
/// library's <see cref="ForceEstimates.Metric"/> where one fits.
/// </summary>
public enum FigureKind
{
    /// <summary>The extractor could not tell: no word around the figure says what it counts.</summary>
    Unknown,

    /// <summary>How many people a force has or sends: "about 11,000 North Korean soldiers", "30,000 new soldiers per month".</summary>
    Personnel,

    /// <summary>People killed, wounded, captured or missing, soldiers or civilians: "more than 1,500 troops ... lost", "a death toll of 4,310".</summary>
    Casualties,

    /// <summary>Ground held, taken or lost, as an area, a share or an advance: "approximately 800 square kilometres", "lost over 40%".</summary>
    Territory,

    /// <summary>Equipment and munitions: tanks, vehicles, artillery, aircraft, drones, missiles, shells, ships.</summary>
    Equipment,

    /// <summary>A tally of events: clashes, attacks, strikes, shellings, assassinations ("443 shootouts", "227 combat engagements").</summary>
    Events,

    /// <summary>Anything else the words do say: people displaced or evacuated, buildings, distances, shares of something other than a force.</summary>
    Other,
}
