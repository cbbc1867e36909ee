using System;

namespace GraphGen.Runtime;

/// <summary>
/// The typed result of one request of a typed batch. A failed item fails alone: reading <see cref="Value"/> throws its
/// own typed exception (<see cref="GraphApiException"/> with its Graph error code, or <see cref="GraphProtocolException"/>),
/// while the other items of the batch stay readable.
/// </summary>
/// <typeparam name="T">The result type.</typeparam>
public sealed class GraphBatchResponse<T>
{
    private readonly JsonValueReader<T> _read;
    private GraphBatchResult? _result;
    private bool _hasValue;
    private T _value = default!;

    internal GraphBatchResponse(JsonValueReader<T> read) => _read = read;

    /// <summary>The item's raw result: status, headers, body, error.</summary>
    /// <exception cref="InvalidOperationException">The batch has not been sent yet.</exception>
    public GraphBatchResult Result => _result ?? throw new InvalidOperationException("The batch has not been sent yet.");

    /// <summary>True when the item succeeded.</summary>
    public bool IsSuccess => Result.IsSuccess;

    /// <summary>The item's error, or <see langword="null"/> when it succeeded.</summary>
    public GraphException? Error => Result.Error;

    /// <summary>The item's result, read once.</summary>
    /// <exception cref="GraphException">The item failed, returned nothing, or its body is not the expected JSON.</exception>
    public T Value
    {
        get
        {
            if (!_hasValue)
            {
                _value = Result.Read(_read);
                _hasValue = true;
            }

            return _value;
        }
    }

    internal void Complete(GraphBatchResult result) => _result = result;

    /// <inheritdoc />
    public override string ToString() => _result?.ToString() ?? "GraphBatchResponse(not sent)";
}
