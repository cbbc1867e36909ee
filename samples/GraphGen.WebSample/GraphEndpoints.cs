using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using GraphGen.Facebook;
using GraphGen.Runtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace GraphGen.WebSample;

/// <summary>The sample's endpoints: each takes the generated <see cref="GraphApi"/> from dependency injection.</summary>
public static class GraphEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/", () => "GraphGen web sample: GET /me, GET /albums?take=10");
        app.MapGet("/me", ReadMeAsync);
        app.MapGet("/albums", ListAlbumsAsync);
    }

    private static async Task<IResult> ReadMeAsync(GraphApi graph, CancellationToken cancellationToken)
    {
        try
        {
            User me = await graph.Users["me"].GetAsync(f => f.Id.Name.Email, cancellationToken: cancellationToken);
            return Results.Ok(new MeResponse(me.Id, me.Name, me.Email));
        }
        catch (GraphApiException ex)
        {
            return GraphProblem(ex);
        }
    }

    private static async Task<IResult> ListAlbumsAsync(GraphApi graph, int? take, CancellationToken cancellationToken)
    {
        try
        {
            var names = new List<string?>();
            await foreach (Album album in graph.Users["me"].Albums.ListAsync(new AlbumFields().Name, limit: 25, cancellationToken: cancellationToken))
            {
                names.Add(album.Name);
                if (names.Count == (take ?? 10)) break;
            }

            return Results.Ok(names);
        }
        catch (GraphApiException ex)
        {
            return GraphProblem(ex);
        }
    }

    // Graph's error, as a problem response: the code and fbtrace_id help Facebook support; the message is redacted.
    private static IResult GraphProblem(GraphApiException ex) =>
        Results.Problem(ex.GraphMessage, statusCode: StatusCodes.Status502BadGateway, title: $"Graph error {ex.Code}",
            extensions: new Dictionary<string, object?> { ["graphCode"] = ex.Code, ["fbtraceId"] = ex.FbTraceId });
}
