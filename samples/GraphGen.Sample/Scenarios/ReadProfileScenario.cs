using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GraphGen.Facebook;
using static System.FormattableString;

namespace GraphGen.Sample.Scenarios;

/// <summary>Reads <c>me</c> with one nested field selection: the user, their hometown, albums and the albums' photos.</summary>
internal static class ReadProfileScenario
{
    public static async Task RunAsync(SampleContext context, CancellationToken cancellationToken)
    {
        context.Report.Heading("Read me with a nested field selection");
        UserFields fields = new UserFields().Id.Name.Email
            .Hometown(h => h.Name)
            .Albums(a => a.Name.Photos(p => p.Name, limit: 2), limit: 3);
        context.Report.Line("GET me?fields=" + fields);

        User me = await context.Graph.Users["me"].GetAsync(fields, cancellationToken: cancellationToken).ConfigureAwait(false);

        string email = me.Email is null ? string.Empty : $" <{me.Email}>";
        string hometown = me.Hometown?.Name is { } town ? $" from {town}" : string.Empty;
        context.Report.Line($"{me.Name}{email}{hometown} (id {me.Id})");
        foreach (Album album in me.Albums?.Data ?? [])
        {
            string photos = string.Join(", ", (album.Photos?.Data ?? []).Select(p => p.Name));
            context.Report.Line(Invariant($"album \"{album.Name}\": {album.Photos?.Data.Count ?? 0} photos ({photos})"));
        }
    }
}
