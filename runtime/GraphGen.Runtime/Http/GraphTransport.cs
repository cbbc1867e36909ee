using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace GraphGen.Runtime;

/// <summary>
/// Sends a <see cref="PreparedRequest"/> until it succeeds or the retry policy gives up: one attempt per
/// <see cref="HttpRequestMessage"/>, per-attempt timeout, error classification from the body (never from the status
/// alone: Graph throttles with 400/403), waits as the usage headers ask, and an <see cref="GraphAttempt"/> per exchange.
/// </summary>
internal sealed class GraphTransport
{
    private readonly HttpClient _http;
    private readonly GraphClientOptions _options;
    private readonly RetryPlanner _retry;
    private readonly TimeProvider _time;
    private GraphUsage? _latestUsage;

    public GraphTransport(HttpClient http, GraphClientOptions options)
    {
        _http = http;
        _options = options;
        _retry = new RetryPlanner(options.Retry);
        _time = options.TimeProvider ?? TimeProvider.System;
    }

    public GraphUsage? LatestUsage => Volatile.Read(ref _latestUsage);

    public TimeProvider Time => _time;

    /// <summary>Returns the body of a 2xx response; the caller parses and disposes it.</summary>
    public async Task<ResponseBody> SendAsync(PreparedRequest request, bool idempotent, IGraphErrorClassifier? classifier, CancellationToken cancellationToken)
    {
        long callStart = _time.GetTimestamp();
        using Activity? callActivity = GraphClientDiagnostics.StartCall(request);
        TimeSpan? slowDown = await SlowDownIfNearLimitAsync(cancellationToken).ConfigureAwait(false);
        for (int attempt = 1; ; attempt++)
        {
            long attemptStart = _time.GetTimestamp();
            Activity? attemptActivity = GraphClientDiagnostics.StartAttempt(request, attempt);
            HttpStatusCode? status = null;
            GraphUsage? usage = null;
            GraphException error;
            try
            {
                using var attemptCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                if (_options.Timeout != Timeout.InfiniteTimeSpan) attemptCts.CancelAfter(_options.Timeout);
                try
                {
                    using HttpRequestMessage message = request.CreateMessage(_time.GetUtcNow());
                    using HttpResponseMessage response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, attemptCts.Token).ConfigureAwait(false);
                    status = response.StatusCode;
                    usage = GraphUsage.FromHeaders(response.Headers, _time.GetUtcNow());
                    if (usage is not null) Volatile.Write(ref _latestUsage, usage);
                    ResponseBody body = await ResponseBody.ReadAsync(response, usage, attemptCts.Token).ConfigureAwait(false);
                    if (response.IsSuccessStatusCode)
                    {
                        Report(request, attempt, attemptStart, status, usage, null, null, slowDown, attemptActivity);
                        return body;
                    }

                    using (body)
                    {
                        error = ErrorFactory.FromErrorResponse(request, body, classifier, _options.ErrorClassifier);
                    }
                }
                catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
                {
                    // Our per-attempt timeout (or HttpClient.Timeout) fired, not the caller's token.
                    error = new GraphTransportException(
                        $"{request.Method} {request.DisplayUrl} timed out{(status is null ? " waiting for the response" : " while reading the body")} after {_options.Timeout}.",
                        status, $"{request.Method} {request.DisplayUrl}", isTimeout: true, new TimeoutException("The attempt timed out.", ex));
                }
                catch (HttpRequestException ex)
                {
                    error = Transport(request, status, ex);
                }
                catch (IOException ex)
                {
                    error = Transport(request, status, ex);
                }
                catch (InvalidDataException ex)
                {
                    error = new GraphProtocolException($"{request.Method} {request.DisplayUrl}: {ex.Message}", status,
                        $"{request.Method} {request.DisplayUrl}", null, null, ex);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                Report(request, attempt, attemptStart, status, usage, null, null, slowDown, attemptActivity);
                throw;
            }

            TimeSpan? delay = _retry.NextDelay(error, idempotent, attempt, _time.GetElapsedTime(callStart), usage, Random.Shared.NextDouble());
            Report(request, attempt, attemptStart, status, usage, error, delay, slowDown, attemptActivity);
            slowDown = null;
            if (delay is null) throw error;
            await Task.Delay(delay.Value, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private static GraphTransportException Transport(PreparedRequest request, HttpStatusCode? status, Exception ex)
    {
        string what = status is null ? "failed to get a response" : $"got HTTP {(int)status} but the body was cut off";
        return new GraphTransportException($"{request.Method} {request.DisplayUrl} {what}: {request.Redactor.RedactText(ex.Message)}",
            status, $"{request.Method} {request.DisplayUrl}", isTimeout: false, ex);
    }

    // Near the limit Graph starts throttling for an hour; spacing calls out a little is cheaper than that.
    private async Task<TimeSpan?> SlowDownIfNearLimitAsync(CancellationToken cancellationToken)
    {
        if (!_options.SlowDownNearLimit || LatestUsage is not { } usage) return null;
        double percent = usage.MaxPercent;
        if (percent < _options.SlowDownThreshold) return null;
        double share = _options.SlowDownThreshold >= 100 ? 1 : Math.Min(1, (percent - _options.SlowDownThreshold) / (100 - _options.SlowDownThreshold));
        TimeSpan wait = TimeSpan.FromMilliseconds(Math.Max(_options.Retry.BaseDelay.TotalMilliseconds, _options.Retry.MaxDelay.TotalMilliseconds * share));
        await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        return wait;
    }

    private void Report(PreparedRequest request, int attempt, long start, HttpStatusCode? status, GraphUsage? usage,
        GraphException? error, TimeSpan? retryDelay, TimeSpan? slowDown, Activity? attemptActivity)
    {
        if (_options.OnAttempt is null && !GraphClientDiagnostics.IsObserved(attemptActivity)) return;
        var record = new GraphAttempt
        {
            Method = request.Method.Method,
            Url = request.DisplayUrl,
            AttemptNumber = attempt,
            StatusCode = status,
            Duration = _time.GetElapsedTime(start),
            Error = error,
            Usage = usage,
            RetryDelay = retryDelay,
            SlowDownDelay = slowDown,
        };
        GraphClientDiagnostics.AttemptEnded(attemptActivity, request, record);
        _options.OnAttempt?.Invoke(record);
    }
}
