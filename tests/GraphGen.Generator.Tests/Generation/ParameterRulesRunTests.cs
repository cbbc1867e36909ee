using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using System.Threading.Tasks;
using GraphGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace GraphGen.Generator.Tests.Generation;

/// <summary>
/// The request builders generated from <c>TestSchemas/small.graph.yaml</c>, compiled, loaded and run: bounds are
/// checked before anything is sent (the handler counts what arrives), the boundaries themselves are accepted, and a
/// <c>required</c> parameter is both a compile error when omitted (CS9035) and a runtime check when set to null.
/// </summary>
public sealed class ParameterRulesRunTests
{
    private const string Probe = """
        using System;
        using System.Net.Http;
        using System.Threading.Tasks;
        using GraphGen.Runtime;
        using Small.Api;

        public static class Probe
        {
            private static SmallGraph Graph(HttpMessageHandler handler)
            {
                var options = SmallGraph.CreateOptions();
                options.AccessToken = "probe-token";
                options.BaseAddress = new Uri("https://127.0.0.1:8443/");
                return new SmallGraph(new GraphClient(new HttpClient(handler, disposeHandler: false), options));
            }

            public static async Task UpdateRating(HttpMessageHandler handler, double rating)
                => await Graph(handler).Shops["1"].UpdateAsync(new ShopUpdate { Rating = rating });

            public static async Task Close(HttpMessageHandler handler, string? reason)
                => await Graph(handler).Shops["1"].CloseAsync(new ShopClose { Reason = reason! });
        }
        """;

    private static readonly Lazy<Assembly> Compiled = new(CompileProbe);

    [Theory]
    [InlineData(5.5)]
    [InlineData(-0.1)]
    [InlineData(100)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public async Task Rating_outside_its_bounds_throws_before_anything_is_sent(double rating)
    {
        var handler = new CountingHandler();

        var ex = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Invoke("UpdateRating", handler, rating));

        Assert.Equal("Rating", ex.ParamName);
        Assert.Contains("'rating' must be within [0, 5]", ex.Message, StringComparison.Ordinal);
        Assert.Empty(handler.Forms);
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(5, "5")]
    [InlineData(2.5, "2.5")]
    public async Task Rating_on_or_within_its_bounds_is_sent(double rating, string wire)
    {
        var handler = new CountingHandler();

        await Invoke("UpdateRating", handler, rating);

        Assert.Equal(wire, Assert.Single(handler.Forms)["rating"]);
    }

    [Fact]
    public async Task Required_parameter_set_to_null_throws_before_anything_is_sent()
    {
        var handler = new CountingHandler();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Invoke("Close", handler, null));

        Assert.Equal("Reason", ex.ParamName);
        Assert.Empty(handler.Forms);
        await Invoke("Close", handler, "moving");
        Assert.Equal("moving", Assert.Single(handler.Forms)["reason"]);
    }

    [Fact]
    public void Required_parameter_left_out_is_a_compile_error_cs9035()
    {
        const string userCode = """
            using Small.Api;

            public static class Usage
            {
                public static ShopClose Forgot() => new ShopClose();
                public static ShopUpdate Optional() => new ShopUpdate();
            }
            """;

        var (_, output, _) = GeneratorHarness.Run(new[] { GeneratorHarness.TestSchema("small.graph.yaml") }, null, userCode);

        var error = Assert.Single(output.GetDiagnostics());
        Assert.Equal("CS9035", error.Id);
        Assert.Equal(4, error.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("ShopClose.Reason", error.GetMessage(), StringComparison.Ordinal);
    }

    private static async Task Invoke(string method, CountingHandler handler, object? argument)
    {
        var probe = Compiled.Value.GetType("Probe", throwOnError: true)!;
        var task = (Task)probe.GetMethod(method)!.Invoke(null, new[] { handler, argument })!;
        await task;
    }

    private static Assembly CompileProbe()
    {
        var (_, output, diagnostics) = GeneratorHarness.Run(new[] { GeneratorHarness.TestSchema("small.graph.yaml") }, null, Probe);
        Assert.Empty(diagnostics);
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        image.Position = 0;

        // Its own load context: GraphGen.Runtime and the framework resolve to the ones this test runs on.
        return new AssemblyLoadContext("small-schema-probe", isCollectible: false).LoadFromStream(image);
    }

    /// <summary>Answers every request with Graph's success body and keeps each one's form fields.</summary>
    private sealed class CountingHandler : HttpMessageHandler
    {
        private readonly List<Dictionary<string, string>> _forms = new();

        public IReadOnlyList<Dictionary<string, string>> Forms
        {
            get { lock (_forms) return _forms.ToArray(); }
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            string body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
            var form = body.Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Select(pair => pair.Split('=', 2))
                .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => p.Length > 1 ? Uri.UnescapeDataString(p[1].Replace('+', ' ')) : string.Empty);
            lock (_forms) _forms.Add(form);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"success\":true}", System.Text.Encoding.UTF8, "application/json") };
        }
    }
}
