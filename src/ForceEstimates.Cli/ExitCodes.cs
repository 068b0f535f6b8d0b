namespace ForceEstimates.Cli;

/// <summary>The exit codes of every command, as the README and the root command's help list them.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary><c>check</c> found a relation between the reports that is violated.</summary>
    public const int Violated = 1;

    /// <summary>The command line was wrong: an unknown option, a missing argument, a date not written yyyy-MM-dd.</summary>
    public const int Usage = 2;

    /// <summary>An input could not be read: a missing file, a malformed CSV or JSON file, a figure that does not parse. Nothing was written.</summary>
    public const int BadInput = 3;

    /// <summary><c>extract</c> skipped at least one file it could not read or that was empty; the others were written.</summary>
    public const int SomeSkipped = 4;

    public const string Summary =
        "Exit codes: 0 done; 1 check found a violated relation; 2 wrong command line; "
        + "3 an input could not be read (nothing written); 4 extract skipped a file it could not read or that was empty (the rest written).";
}
