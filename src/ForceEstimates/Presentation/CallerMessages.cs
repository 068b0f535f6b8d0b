using System;

namespace ForceEstimates.Presentation;

/// <summary>Messages of the library's exceptions as the readers of files pass them on, in the file's terms.</summary>
internal static class CallerMessages
{
    /// <summary>The message without ArgumentException's " (Parameter 'x')": the parameter is ours, the field is the caller's.</summary>
    internal static string Of(Exception e)
    {
        var message = e.Message;
        if (e is ArgumentException { ParamName: { } name })
        {
            var suffix = " (Parameter '" + name + "')";
            if (message.EndsWith(suffix, StringComparison.Ordinal))
            {
                return message[..^suffix.Length];
            }
        }
        return message;
    }
}
