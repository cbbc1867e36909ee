using System;
using System.IO;
using System.Text;
using GraphGen.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GraphGen.Extensions.Tests;

/// <summary>A host as an app builds one: <see cref="Host.CreateApplicationBuilder()"/>, JSON configuration, captured logs.</summary>
public static class TestHost
{
    public const string AccessToken = "EAAB-host-test-token-4f1d";
    public const string AppSecret = "host-test-app-secret-9c2e";

    /// <summary>The <c>GraphApi</c> section pointing at the fake, with fast retries.</summary>
    public static string GraphApiSection(FakeGraph fake, string accessToken = AccessToken, string apiVersion = "v25.0") => $$"""
        {
          "AccessToken": "{{accessToken}}",
          "AppSecret": "{{AppSecret}}",
          "ApiVersion": "{{apiVersion}}",
          "BaseAddress": "{{fake.BaseAddress}}",
          "Retry": { "MaxAttempts": 3, "BaseDelay": "00:00:00.001", "MaxDelay": "00:00:00.005" }
        }
        """;

    public static HostApplicationBuilder CreateBuilder(string json, CapturedLogs logs)
    {
        HostApplicationBuilder builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = Array.Empty<string>() });
        builder.Configuration.AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.Logging.AddProvider(logs);
        return builder;
    }
}
