using System;
using System.Threading;
using GraphGen.Sample;

// GraphGen sample: `dotnet run` tours the generated client against an in-process fake Graph server;
// `dotnet run -- --live` (with GRAPH_ACCESS_TOKEN, optionally GRAPH_APP_SECRET) runs the read-only part for real.
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

return await SampleApp.RunAsync(args, Console.Out, interactive: !Console.IsOutputRedirected, cancel.Token);
