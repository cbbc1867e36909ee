using System;
using System.Collections.Generic;
using Consumer.Graph;
using GraphGen.Extensions.DependencyInjection;
using GraphGen.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// A user's web app: AddGraphApi bound to configuration, one call through the resolved client, GraphGen's log events on
// the console. The Graph server is the packaged fake on loopback. The test checks the output.
await using FakeGraph fake = await FakeGraph.StartAsync(ShopGraph.Schema, seed: false);
fake.On("GET", "/v25.0/42").Respond(FakeResponse.Json("""{"id":"42","name":"Corner Shop"}"""));

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["GraphApi:AccessToken"] = "EAAB-web-consumer-token",
    ["GraphApi:AppSecret"] = "web-consumer-app-secret",
    ["GraphApi:BaseAddress"] = fake.BaseAddress.ToString(),
});
builder.Logging.ClearProviders();
builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Logging.AddFilter("GraphGen", LogLevel.Debug);
builder.Services.AddGraphApi(client => new ShopGraph(client), ShopGraph.CreateOptions).BindConfiguration("GraphApi");

await using (WebApplication app = builder.Build())
{
    await app.StartAsync();
    Shop shop = await app.Services.GetRequiredService<ShopGraph>().Shops["42"].GetAsync();
    Console.WriteLine($"name={shop.Name}");
    await app.StopAsync();
}
