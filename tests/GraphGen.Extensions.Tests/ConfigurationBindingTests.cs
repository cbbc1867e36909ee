using System;
using System.Linq;
using System.Reflection;
using GraphGen.Extensions.DependencyInjection;
using GraphGen.Facebook;
using GraphGen.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GraphGen.Extensions.Tests;

public sealed class ConfigurationBindingTests
{
    // Every option with a value configuration can express, set to something other than its default.
    private const string EveryOption = """
        { "GraphApi": {
            "AccessToken": "EAAB-every-option", "AppSecret": "every-option-secret", "UseAppSecretTime": "true",
            "ApiVersion": "v21.0", "BaseAddress": "https://graph.example.test/", "Timeout": "00:00:42",
            "SlowDownNearLimit": "false", "SlowDownThreshold": "80.5", "MaxPages": "500",
            "Retry": { "MaxAttempts": "7", "BaseDelay": "00:00:02", "MaxDelay": "00:01:00", "TotalBudget": "00:09:00", "MaxServerWait": "00:02:00" }
        } }
        """;

    [Fact]
    public void Every_option_that_configuration_can_express_is_read_from_the_section()
    {
        HostApplicationBuilder builder = TestHost.CreateBuilder(EveryOption, new CapturedLogs());
        builder.Services.AddGraphApi(client => new GraphApi(client), GraphApi.CreateOptions).BindConfiguration("GraphApi");
        using IHost host = builder.Build();

        GraphClientOptions bound = host.Services.GetRequiredService<IOptionsMonitor<GraphClientOptions>>().Get(Options.DefaultName);

        // A new scalar option fails here until GraphClientOptionsBinder reads it (and this JSON sets it).
        AssertAllDiffer(bound, new GraphClientOptions());
        AssertAllDiffer(bound.Retry, new GraphRetryOptions());
        Assert.Equal(new Uri("https://graph.example.test/"), bound.BaseAddress);
        Assert.Equal(80.5, bound.SlowDownThreshold);
    }

    private static void AssertAllDiffer<T>(T bound, T defaults)
    {
        PropertyInfo[] scalars = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && (p.PropertyType.IsPrimitive || p.PropertyType == typeof(string) || p.PropertyType == typeof(TimeSpan) || p.PropertyType == typeof(Uri)))
            .ToArray();
        Assert.NotEmpty(scalars);
        Assert.All(scalars, p => Assert.False(Equals(p.GetValue(bound), p.GetValue(defaults)), $"{typeof(T).Name}.{p.Name} was not bound"));
    }
}
