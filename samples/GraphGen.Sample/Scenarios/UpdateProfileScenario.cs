using System.Threading;
using System.Threading.Tasks;
using GraphGen.Facebook;

namespace GraphGen.Sample.Scenarios;

/// <summary>Updates a field of <c>me</c> with the generated operation, then reads it back. Fake only: it writes.</summary>
internal static class UpdateProfileScenario
{
    public static async Task RunAsync(SampleContext context, CancellationToken cancellationToken)
    {
        context.Report.Heading("Update a field and read it back");
        var users = context.Graph.Users["me"];
        User before = await users.GetAsync(f => f.FirstName, cancellationToken: cancellationToken).ConfigureAwait(false);

        SuccessResult result = await users.UpdateAsync(new UserUpdate { Firstname = "Augusta" }, cancellationToken: cancellationToken).ConfigureAwait(false);
        User after = await users.GetAsync(f => f.FirstName, cancellationToken: cancellationToken).ConfigureAwait(false);

        context.Report.Line($"POST me firstname=Augusta -> success={(result.Success == true ? "true" : "false")}");
        context.Report.Line($"first_name: {before.FirstName} -> {after.FirstName} (read back)");
    }
}
