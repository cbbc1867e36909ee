using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using GraphGen.Facebook;
using GraphGen.Runtime;
using GraphGen.Testing;

namespace GraphGen.Benchmarks.Paging;

/// <summary>
/// Memory of streaming a long list with <c>ListAsync</c>: a measured run, not a BenchmarkDotNet benchmark, because
/// the quantity is the peak working set of a process, which only grows. The parent process hosts the fake Graph
/// server (loopback, pages of <see cref="PageSize"/> albums with <c>paging.next</c>); each item count is streamed by a
/// fresh child process, which reports its own peak working set, so the server's memory is not counted.
/// Goal: peak working set independent of the item count.
/// </summary>
public static class PagingMemoryRun
{
    public const string ChildSwitch = "--paging-child";
    public const int PageSize = 500;

    public static async Task<IReadOnlyList<string>> RunAsync(IReadOnlyList<int> itemCounts)
    {
        await using FakeGraphServer server = await FakeGraphServer.StartAsync();
        server.RecordRequests = false;
        server.On("GET", "/v25.0/*/albums").Handle(request => Page(server, request));

        var rows = new List<string>
        {
            "| GC gen0 budget | Items | Pages | Peak working set | Live heap after full GC | Gen0/1/2 GCs | Allocated / item | Elapsed | Items/s |",
            "|---------------|------:|------:|-----------------:|------------------------:|-------------:|-----------------:|--------:|--------:|",
        };

        // Default GC settings first; then with the gen0 budget capped at 4 MB (DOTNET_GCgen0size), which tells garbage
        // the GC has not yet collected apart from memory the enumeration keeps alive.
        foreach (string? gen0Size in new[] { null, "400000" })
        {
            foreach (int items in itemCounts)
            {
                rows.Add(await RunChildAsync(server.BaseAddress, items, gen0Size));
            }
        }

        return rows;
    }

    /// <summary>The child: streams <paramref name="items"/> albums from the server at <paramref name="baseAddress"/>.</summary>
    public static async Task<int> ChildMainAsync(Uri baseAddress, int items)
    {
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var options = GraphApi.CreateOptions();
        options.AccessToken = "EAAB-paging-benchmark";
        options.AppSecret = "paging-benchmark-secret";
        options.BaseAddress = baseAddress;
        var graph = new GraphApi(new GraphClient(http, options));

        var fields = new AlbumFields().Id.Name.CreatedTime.Count;
        var stopwatch = Stopwatch.StartNew();
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        long seen = 0, checksum = 0;
        await foreach (Album album in graph.Users[items.ToString(CultureInfo.InvariantCulture)].Albums.ListAsync(fields, limit: PageSize).WithCancellation(CancellationToken.None))
        {
            seen++;
            checksum += album.Count ?? 0;
        }

        stopwatch.Stop();
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        if (seen != items) throw new InvalidOperationException($"Streamed {seen} items, expected {items}.");
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        string collections = $"{GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}";
        Console.WriteLine(string.Join('\t', self.PeakWorkingSet64, GC.GetTotalMemory(forceFullCollection: true), allocated,
            stopwatch.ElapsedMilliseconds, checksum, collections));
        return 0;
    }

    private static async Task<string> RunChildAsync(Uri baseAddress, int items, string? gen0SizeHex)
    {
        string host = Environment.ProcessPath ?? throw new InvalidOperationException("No process path to start a child from.");
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet") start.ArgumentList.Add(typeof(PagingMemoryRun).Assembly.Location);
        start.ArgumentList.Add(ChildSwitch);
        start.ArgumentList.Add(items.ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add(baseAddress.AbsoluteUri);
        start.Environment["DOTNET_gcServer"] = "0";
        if (gen0SizeHex is not null) start.Environment["DOTNET_GCgen0size"] = gen0SizeHex;

        using Process child = Process.Start(start)!;
        string output = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();
        if (child.ExitCode != 0) throw new InvalidOperationException($"The paging child for {items} items failed with exit code {child.ExitCode}.");

        string[] parts = output.Trim().Split('\t');
        long peak = long.Parse(parts[0], CultureInfo.InvariantCulture);
        long heap = long.Parse(parts[1], CultureInfo.InvariantCulture);
        long allocated = long.Parse(parts[2], CultureInfo.InvariantCulture);
        long ms = long.Parse(parts[3], CultureInfo.InvariantCulture);
        int pages = (items + PageSize - 1) / PageSize;
        return string.Create(CultureInfo.InvariantCulture,
            $"| {(gen0SizeHex is null ? "default" : "4 MB")} | {items:N0} | {pages:N0} | {peak / 1048576.0:N1} MB | {heap / 1048576.0:N1} MB | {parts[5]} | {(double)allocated / items:N0} B | {ms / 1000.0:N1} s | {items / Math.Max(ms / 1000.0, 0.001):N0} |");
    }

    private static FakeResponse Page(FakeGraphServer server, RecordedRequest request)
    {
        // The list's length travels as the user id (/v25.0/{total}/albums), so every child asks the one server.
        int total = int.Parse(request.Path.Split('/')[2], CultureInfo.InvariantCulture);
        int offset = request.Query.TryGetValue("after", out string? after) ? int.Parse(after, CultureInfo.InvariantCulture) : 0;
        int limit = request.Query.TryGetValue("limit", out string? l) ? int.Parse(l, CultureInfo.InvariantCulture) : PageSize;
        int end = Math.Min(offset + limit, total);
        var items = new StringBuilder(limit * 96);
        for (int i = offset; i < end; i++)
        {
            if (i > offset) items.Append(',');
            items.Append("{\"id\":\"").Append(1_000_000_000L + i).Append("\",\"name\":\"Album ").Append(i)
                .Append("\",\"created_time\":\"2020-07-01T08:30:00+0000\",\"count\":").Append(i % 100).Append('}');
        }

        string? next = end < total ? server.Url($"/v25.0/{total}/albums?limit={limit}&after={end}") : null;
        return GraphResponses.Page(items.ToString(), next, after: end.ToString(CultureInfo.InvariantCulture));
    }
}
