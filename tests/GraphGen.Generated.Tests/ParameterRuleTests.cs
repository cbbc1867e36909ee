using System;
using System.Net.Http;
using System.Threading.Tasks;
using GraphGen.Facebook;
using GraphGen.Runtime;
using GraphGen.Testing;

namespace GraphGen.Generated.Tests;

/// <summary>
/// "One of" rules and required parameters of the shipped schema, run as a user runs them: a broken rule throws
/// before anything is sent (the fake server records every request that arrives), a kept one is sent as given.
/// </summary>
public sealed class ParameterRuleTests : IAsyncLifetime
{
    private FakeGraphServer _server = null!;
    private HttpClient _http = null!;
    private GraphApi _graph = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeGraphServer.StartAsync();
        _server.On("DELETE", "/v25.0/*/blocked").Respond(FakeResponse.Json("""{"success":true}"""));
        _server.On("DELETE", "/v25.0/*/assigned_users").Respond(FakeResponse.Json("""{"success":true}"""));
        _http = new HttpClient();
        var options = GraphApi.CreateOptions();
        options.AccessToken = "EAAB-test-token-rules";
        options.BaseAddress = _server.BaseAddress;
        _graph = new GraphApi(new GraphClient(_http, options));
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task One_of_group_with_no_member_set_throws_before_anything_is_sent()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => _graph.Pages["1"].Blocked.RemoveAsync(new PageBlockedRemove { Asid = "9" }));

        Assert.Contains("At least one of the parameters 'user', 'uid' must be set.", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, _server.RequestCount);
    }

    [Fact]
    public async Task One_of_group_is_satisfied_by_either_member_including_the_deprecated_one()
    {
        await _graph.Pages["1"].Blocked.RemoveAsync(new PageBlockedRemove { User = "42" });
#pragma warning disable CS0618 // uid is deprecated in the Graph API and still satisfies the rule.
        await _graph.Pages["1"].Blocked.RemoveAsync(new PageBlockedRemove { Uid = "43" });
#pragma warning restore CS0618

        Assert.Equal(2, _server.RequestCount);
        Assert.Equal("42", _server.Requests[0].Parameter("user"));
        Assert.Equal("43", _server.Requests[1].Parameter("uid"));
    }

    [Fact]
    public async Task Required_parameter_set_to_null_throws_before_anything_is_sent_and_a_set_one_is_sent()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => _graph.AdAccounts["act_1"].AssignedUsers.RemoveAsync(new AdAccountAssignedUsersRemove { User = null! }));
        Assert.Equal("User", ex.ParamName);
        Assert.Equal(0, _server.RequestCount);

        await _graph.AdAccounts["act_1"].AssignedUsers.RemoveAsync(new AdAccountAssignedUsersRemove { User = "42" });

        RecordedRequest sent = Assert.Single(_server.Requests);
        Assert.Equal("DELETE", sent.Method);
        Assert.Equal("42", sent.Parameter("user"));
    }
}
