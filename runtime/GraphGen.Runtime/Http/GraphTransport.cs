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
/// <see cref="HttpRequestMessage"/>, per-attempt timeout within the call's budget, redirects by
/// <see cref="RedirectPolicy"/> only, error classification from the body (never from the status alone: Graph throttles
/// with 400/403 and sometimes answers 200 with an error), waits as the usage headers ask, and a
/// <see cref="GraphAttempt"/> per exchange.
/// </summary>
internal sealed class GraphTransport
{
    // CancellationTokenSource.CancelAfter takes at most int.MaxValue milliseconds (~24.8 days).
    private static readonly TimeSpan LongestTimer = TimeSpan.FromMilliseconds(int.MaxValue);


    private readonly HttpClient _http;
    private readonly GraphClientOptions _options;
    private readonly RetryPlanner _retry;
    private readonly TimeProvider _time;
    private readonly GraphUsageTracker _usage;

    public GraphTransport(HttpClient http, GraphClientOptions options)
    {
        _http = http;
        _options = options;
        _retry = new RetryPlanner(options.Retry);
        _time = options.TimeProvider ?? TimeProvider.System;
        _usage = options.UsageTracker ?? new GraphUsageTracker();
    }

    public GraphUsage? LatestUsage => _usage.Latest;

    public TimeProvider Time => _time;

    /// <summary>Returns the body of a 2xx response that is not a Graph error; the caller parses and disposes it.</summary>
    public async Task<ResponseBody> SendAsync(PreparedRequest request, bool idempotent, IGraphErrorClassifier? classifier, CancellationToken cancellationToken)
    {
        long callStart = _time.GetTimestamp();
        using Activity? callActivity = GraphClientDiagnostics.StartCall(request);
        TimeSpan? slowDown = await SlowDownIfNearLimitAsync(cancellationToken).ConfigureAwait(false);
        for (int attempt = 1; ; attempt++)
        {
            long attemptStart = _time.GetTimestamp();
            TimeSpan attemptTimeout = AttemptTimeout(_time.GetElapsedTime(callStart));
            Activity? attemptActivity = GraphClientDiagnostics.StartAttempt(request, attempt);
            HttpStatusCode? status = null;
            GraphUsage? usage = null;
            GraphException error;
            try
            {
                using var attemptCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                if (attemptTimeout < LongestTimer) attemptCts.CancelAfter(attemptTimeout);
                try
                {
                    (HttpResponseMessage response, GraphException? refused) = await SendFollowingRedirectsAsync(request, attemptCts.Token).ConfigureAwait(false);
                    using (response)
                    {
                        status = response.StatusCode;
                        usage = GraphUsage.FromHeaders(response.Headers, _time.GetUtcNow());
                        if (usage is not null) _usage.Record(usage);
                        if (refused is not null)
                        {
                            error = refused;
                        }
                        else
                        {
                            ResponseBody body = await ResponseBody.ReadAsync(response, usage, attemptCts.Token).ConfigureAwait(false);
                            GraphException? failure = response.IsSuccessStatusCode
                                ? ErrorFactory.FromSuccessResponse(request, body, classifier, _options.ErrorClassifier)
                                : ErrorFactory.FromErrorResponse(request, body, classifier, _options.ErrorClassifier);
                            if (failure is null)
                            {
                                Report(request, attempt, attemptStart, status, usage, null, null, slowDown, attemptActivity);
                                return body;
                            }

                            body.Dispose();
                            error = failure;
                        }
                    }
                }
                catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
                {
                    // Our per-attempt timeout (or HttpClient.Timeout) fired, not the caller's token.
                    error = new GraphTransportException(
                        $"{request.Method} {request.DisplayUrl} timed out{(status is null ? " waiting for the response" : " while reading the body")} after {attemptTimeout}.",
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

    // Every hop is a message we build: the handler must not follow redirects itself (GraphHttp.CreateHandler). When it
    // did anyway, the response comes from wherever it went and is refused unread.
    private async Task<(HttpResponseMessage Response, GraphException? Refused)> SendFollowingRedirectsAsync(
        PreparedRequest request, CancellationToken cancellationToken)
    {
        Uri? target = null;
        for (int hop = 0; ; hop++)
        {
            HttpResponseMessage response;
            Uri sentTo;
            using (HttpRequestMessage message = request.CreateMessage(_time.GetUtcNow(), target))
            {
                sentTo = message.RequestUri!;
                response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                Uri answeredFrom = response.RequestMessage?.RequestUri ?? sentTo;
                if (!PreparedRequest.IsSameOrigin(answeredFrom, _options.BaseAddress))
                {
                    return (response, Refused(request, response.StatusCode,
                        $"the HttpClient followed a redirect to {RedirectPolicy.Origin(answeredFrom)} by itself; its answer is not used. " +
                        "Create the HttpClient with GraphHttp.CreateHttpClient() so redirects are never followed off the Graph host"));
                }
            }

            if (!RedirectPolicy.IsRedirect(response.StatusCode) || RedirectPolicy.TargetOf(response, sentTo) is not { } next)
            {
                return (response, null);
            }

            if (RedirectPolicy.Refusal(request.Method, response.StatusCode, next, _options.BaseAddress, hop) is { } reason)
            {
                return (response, Refused(request, response.StatusCode, $"redirect not followed: {reason}. Nothing was sent there"));
            }

            if (!request.CanResendFiles)
            {
                return (response, Refused(request, response.StatusCode,
                    "redirect not followed: a file's stream cannot be sent again (it cannot seek); use GraphFile.FromStream(open, ...) to let the client reopen it"));
            }

            response.Dispose();
            target = next;
        }
    }

    private static GraphProtocolException Refused(PreparedRequest request, HttpStatusCode status, string reason) =>
        new($"{request.Method} {request.DisplayUrl} got HTTP {(int)status}: {request.Redactor.RedactText(reason)}.",
            status, $"{request.Method} {request.DisplayUrl}", null, null, null);

    // The attempt timeout, but never past the call's total budget: a call ends within TotalBudget however it fails.
    private TimeSpan AttemptTimeout(TimeSpan elapsed)
    {
        TimeSpan left = _options.Retry.TotalBudget - elapsed;
        // Retries start only with this much left; a first attempt after a long slow-down gets it too, rather than none.
        if (left < RetryPlanner.ShortestRetry) left = RetryPlanner.ShortestRetry;
        return _options.Timeout == Timeout.InfiniteTimeSpan || _options.Timeout > left ? left : _options.Timeout;
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
        if (!(percent >= _options.SlowDownThreshold)) return null;
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
