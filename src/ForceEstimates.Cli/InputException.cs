using System;

namespace ForceEstimates.Cli;

/// <summary>
/// An input the command could not use, with where it went wrong: <c>file:line:column: what was wrong</c>
/// (line and column when the reader knows them). The command exits with <see cref="ExitCodes.BadInput"/>.
/// </summary>
internal sealed class InputException : Exception
{
    public InputException()
    {
    }

    public InputException(string message)
        : base(message)
    {
    }

    public InputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>A command line that parses but asks for something impossible (an SVG of several quantities); exits with <see cref="ExitCodes.Usage"/>.</summary>
internal sealed class UsageException : Exception
{
    public UsageException()
    {
    }

    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
