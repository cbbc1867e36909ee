using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GraphGen.Facebook;
using static System.FormattableString;

namespace GraphGen.Sample.Scenarios;

/// <summary>Pages through <c>me/albums</c> 25 at a time; the client follows <c>paging.next</c> until there is none.</summary>
internal static class PageAlbumsScenario
{
    private const int PageSize = 25;

    // Enough for the sample; a live account can have thousands of albums and this is a tour, not an export.
    private const int MaxAlbums = 500;

    public static async Task RunAsync(SampleContext context, CancellationToken cancellationToken)
    {
        context.Report.Heading("Page through an edge");
        int before = context.Attempts.Count;
        int count = 0;
        string? first = null, last = null;
        await foreach (Album album in context.Graph.Users["me"].Albums.ListAsync(new AlbumFields().Id.Name, limit: PageSize, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            first ??= album.Name;
            last = album.Name;
            if (++count >= MaxAlbums) break;
        }

        int pages = context.Attempts.Since(before).Count(a => a.Error is null);
        context.Report.Line(Invariant($"{count:N0} albums in {pages} pages of up to {PageSize} (paging.next followed {pages - 1} times)"));
        if (count > 0) context.Report.Line($"first \"{first}\", last \"{last}\"");
    }
}
