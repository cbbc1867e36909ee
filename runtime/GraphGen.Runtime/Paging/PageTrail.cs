using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace GraphGen.Runtime;

/// <summary>
/// The pages one listing has fetched, shared by every page of the chain: a <c>next</c> link that leads back to any
/// page already fetched (cursors cycling A → B → A, not only a repeat of the previous one) is refused before it is
/// sent, and the chain stops at <see cref="GraphClientOptions.MaxPages"/>.
/// </summary>
/// <remarks>
/// Pages are remembered by a 128-bit digest of their request (URL and parameters without credentials) with their
/// position, so memory is a few dozen bytes per page however long the cursors, and fetching the same next page again
/// from the same page (a retry by the caller) is not mistaken for a cycle.
/// </remarks>
internal sealed class PageTrail
{
    private readonly object _gate = new();
    private readonly Dictionary<UInt128, int> _positions = new();

    public PageTrail(int maxPages) => MaxPages = maxPages;

    public int MaxPages { get; }

    /// <summary>Records the page at <paramref name="position"/> (1 for the first page).</summary>
    public void Add(string identity, int position)
    {
        lock (_gate) _positions.TryAdd(Digest(identity), position);
    }

    /// <summary>The position of an earlier page with this identity, other than <paramref name="position"/> itself, or <c>null</c>.</summary>
    public int? EarlierPosition(string identity, int position)
    {
        lock (_gate)
        {
            return _positions.TryGetValue(Digest(identity), out int seen) && seen != position ? seen : null;
        }
    }

    private static UInt128 Digest(string identity)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(identity), hash);
        return new UInt128(BitConverter.ToUInt64(hash), BitConverter.ToUInt64(hash[8..]));
    }
}
