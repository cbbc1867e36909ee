using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using GraphGen.Runtime.Audiences;

namespace GraphGen.Benchmarks.Audiences;

/// <summary>
/// Normalize + SHA-256 of EMAIL, FN, LN and ZIP per row: the runtime's span API into a reused buffer (the path the
/// uploader takes, with its managed SHA-256) vs the straightforward string code, side by side in one run. Each invocation hashes <see cref="Rows"/> rows and reports
/// per row (Mean is the cost of one row, Rows/s the throughput). Goal: &gt;= 1.5x the string code, no per-row allocation.
/// The string code does less than the runtime (no Unicode/punctuation rules for names, no ZIP+4 cut): it is the
/// floor of what a hand-written uploader does, not an equivalent.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Audiences")]
public class AudienceHashingBenchmarks
{
    public const int Rows = 1000;
    private static readonly AudienceKey[] Keys = { AudienceKey.Email, AudienceKey.FirstName, AudienceKey.LastName, AudienceKey.Zip };
    private static readonly string[] FirstNames = { "Amélie", "John", "Zoë", "Mary-Jane", "Seán", "Ada" };
    private static readonly string[] LastNames = { "O'Brien", "Smith", "Müller", "van der Berg", "Nguyễn", "Lovelace" };

    private readonly string[][] _rows = new string[Rows][];
    private readonly char[] _output = new char[Keys.Length * AudienceHasher.HexLength];
    private readonly string[] _hashes = new string[Keys.Length];
    private readonly byte[][][] _normalizedUtf8 = new byte[Rows][][];

    [GlobalSetup]
    public void Setup()
    {
        for (int i = 0; i < Rows; i++)
        {
            string n = i.ToString(CultureInfo.InvariantCulture);
            _rows[i] = new[]
            {
                $" User.{n}@Example.COM ",
                " " + FirstNames[i % FirstNames.Length] + " ",
                LastNames[i % LastNames.Length],
                i % 2 == 0 ? "90210-1234" : "SW1A 1AA",
            };
            _normalizedUtf8[i] = Array.ConvertAll(_rows[i], v => Encoding.UTF8.GetBytes(v.Trim().ToLowerInvariant()));
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Rows, Description = "String code: Trim/ToLower/GetBytes/HashData/ToHexString")]
    public int StringPerRow()
    {
        int total = 0;
        foreach (string[] row in _rows)
        {
            for (int k = 0; k < row.Length; k++)
            {
                string normalized = row[k].Trim().ToLowerInvariant();
                byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(normalized));
                _hashes[k] = Convert.ToHexStringLower(hash);
                total += _hashes[k].Length;
            }
        }

        return total;
    }

    /// <summary>What neither can beat: the four SHA-256 digests of already-normalized UTF-8, nothing else.</summary>
    [Benchmark(OperationsPerInvoke = Rows, Description = "Floor: 4x SHA256.HashData of normalized bytes")]
    public int HashOnlyFloor()
    {
        int total = 0;
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        foreach (byte[][] row in _normalizedUtf8)
        {
            for (int k = 0; k < row.Length; k++)
            {
                SHA256.HashData(row[k], digest);
                total += digest[0];
            }
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Rows, Description = "Runtime: AudienceNormalizer.TryNormalizeToWire (span)")]
    public int RuntimeSpan()
    {
        int total = 0;
        Span<char> output = _output;
        foreach (string[] row in _rows)
        {
            for (int k = 0; k < Keys.Length; k++)
            {
                AudienceNormalizer.TryNormalizeToWire(Keys[k], row[k], output.Slice(k * AudienceHasher.HexLength), out int written, out _);
                total += written;
            }
        }

        return total;
    }
}
