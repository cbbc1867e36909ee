using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace GraphGen.Testing;

/// <summary>
/// Reads a <c>multipart/form-data</c> body part by part as it streams in: plain fields become form values, file parts
/// are hashed and counted in chunks, their bytes kept only up to a limit, so an upload of any size is recorded in
/// constant memory.
/// </summary>
internal static class MultipartRecorder
{
    private const int ChunkSize = 81920;

    public static async Task<IReadOnlyList<RecordedPart>> ReadAsync(Stream body, string contentType, int keepFileBytesUpTo, Dictionary<string, string> form, CancellationToken cancellationToken)
    {
        string boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(contentType).Boundary).Value
            ?? throw new InvalidDataException("The multipart body has no boundary.");
        var reader = new MultipartReader(boundary, body);
        var parts = new List<RecordedPart>();
        byte[] buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false) is { } section)
            {
                ContentDispositionHeaderValue? disposition = section.GetContentDispositionHeader();
                string name = HeaderUtilities.RemoveQuotes(disposition?.Name ?? default).Value ?? string.Empty;
                string? fileName = disposition is null ? null : HeaderUtilities.RemoveQuotes(disposition.FileName).Value is { Length: > 0 } plain ? plain : disposition.FileNameStar.Value;
                bool isFile = fileName is not null;
                int keep = isFile ? keepFileBytesUpTo : int.MaxValue;

                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var kept = new MemoryStream();
                long length = 0;
                int read;
                while ((read = await section.Body.ReadAsync(buffer.AsMemory(0, ChunkSize), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    if (length + read <= keep) kept.Write(buffer, 0, read);
                    length += read;
                }

                byte[]? content = length <= keep ? kept.ToArray() : null;
                if (!isFile) form[name] = Encoding.UTF8.GetString(content!);
                parts.Add(new RecordedPart(name, fileName, section.ContentType, length, Convert.ToHexStringLower(hash.GetHashAndReset()), content));
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return parts;
    }
}
