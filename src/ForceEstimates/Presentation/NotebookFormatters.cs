using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using ForceEstimates.Aggregation;

namespace ForceEstimates.Presentation;

/// <summary>
/// Marks a type whose notebook display comes from <see cref="FormatterSourceType"/>. .NET
/// Interactive finds this attribute by its name (<c>TypeFormatterSourceAttribute</c>) and reads its
/// properties by name, so the library needs no reference to .NET Interactive: the class, its
/// constructor and the property names must stay as they are.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
internal sealed class TypeFormatterSourceAttribute : Attribute
{
    public TypeFormatterSourceAttribute(Type formatterSourceType)
    {
        FormatterSourceType = formatterSourceType;
    }

    public Type FormatterSourceType { get; }

    public string[] PreferredMimeTypes { get; set; } = ["text/html"];
}

/// <summary>
/// The formatter source .NET Interactive instantiates by reflection: <see cref="CreateTypeFormatters"/>
/// returns objects with <c>MimeType</c>, <c>Type</c> and <c>Format(object, TextWriter)</c>, read by name.
/// </summary>
[SuppressMessage("Performance", "CA1812", Justification = "Instantiated by .NET Interactive through reflection.")]
internal sealed class NotebookFormatterSource
{
    [SuppressMessage("Performance", "CA1822", Justification = ".NET Interactive calls it as an instance method.")]
    public IEnumerable<object> CreateTypeFormatters() => Formatters;

    internal static IReadOnlyList<HtmlFormatter> Formatters { get; } =
    [
        new(typeof(Estimate), value => Html.Of((Estimate)value)),
        new(typeof(Report), value => Html.Of((Report)value)),
        new(typeof(ReportCollection), value => Html.Of((ReportCollection)value)),
        new(typeof(Aggregate), value => Html.Of((Aggregate)value)),
        new(typeof(Trends.TrendModel), value => Html.Of((Trends.TrendModel)value)),
        new(typeof(Trends.TrendSeries), value => Html.Of((Trends.TrendSeries)value)),
        new(typeof(Consistency.ConsistencyFinding), value => Html.Of([(Consistency.ConsistencyFinding)value])),
        new(typeof(Consistency.ConsistencyFindings), value => Html.Of((Consistency.ConsistencyFindings)value)),
    ];
}

/// <summary>One type's HTML formatter in the shape .NET Interactive expects by convention.</summary>
internal sealed class HtmlFormatter(Type type, Func<object, string> format)
{
    [SuppressMessage("Performance", "CA1822", Justification = "Read by name through reflection as an instance property.")]
    public string MimeType => "text/html";

    public Type Type { get; } = type;

    /// <summary>Writes the HTML of <paramref name="instance"/> when it is of <see cref="Type"/>; returns whether it did.</summary>
    public bool Format(object instance, TextWriter writer)
    {
        if (instance is null || writer is null || !Type.IsInstanceOfType(instance))
        {
            return false;
        }
        writer.Write(format(instance));
        return true;
    }
}
