using GraphGen.WebSample;

// GraphGen web sample: `dotnet run` serves /me and /albums from the generated client over the in-process fake Graph
// server, with GraphGen's logs, spans and metrics on the console. See README.md for the live mode.
await using WebSampleApp sample = await WebSampleApp.CreateAsync(args);
await sample.App.RunAsync();
