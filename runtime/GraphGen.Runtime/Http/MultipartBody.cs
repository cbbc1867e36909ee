using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;

namespace GraphGen.Runtime;

/// <summary>
/// The <c>multipart/form-data</c> body of a request with file parameters: every other parameter (and the client's
/// <c>appsecret_proof</c>) as a plain form field, each file as a streamed <see cref="GraphFileContent"/> part. Built
/// fresh per attempt; <see cref="MultipartContent"/> writes parts one after another, so nothing is buffered.
/// </summary>
internal static class MultipartBody
{
    public static MultipartFormDataContent Create(IReadOnlyList<KeyValuePair<string, string>> fields, IReadOnlyList<KeyValuePair<string, GraphFile>> files)
    {
        var content = new MultipartFormDataContent();
        foreach (KeyValuePair<string, string> field in fields)
        {
            // A field part is the bare value, as browsers send it: no per-part content type for Graph to misread.
            var part = new ByteArrayContent(Encoding.UTF8.GetBytes(field.Value));
            part.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = Quoted(field.Key) };
            content.Add(part);
        }

        foreach (KeyValuePair<string, GraphFile> file in files)
        {
            // Set by hand: MultipartFormDataContent.Add(content, name, fileName) also writes filename*, which Graph does not need.
            var part = new GraphFileContent(file.Value);
            part.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = Quoted(file.Key), FileName = Quoted(file.Value.FileName) };
            content.Add(part);
        }

        return content;
    }

    // Content-Disposition writes names as given; quoting keeps a name with spaces or semicolons one value.
    private static string Quoted(string value) => "\"" + value + "\"";
}
