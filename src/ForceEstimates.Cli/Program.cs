using ForceEstimates.Cli;

return ForceEstimatesTool.Run(args, Terminal.OfConsole());
