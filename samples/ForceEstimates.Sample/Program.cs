using System;

Console.WriteLine("ForceEstimates sample: the seed article's reports (work in progress)");
