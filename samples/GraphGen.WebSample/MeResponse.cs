namespace GraphGen.WebSample;

/// <summary>The <c>/me</c> answer.</summary>
public sealed record MeResponse(string? Id, string? Name, string? Email);
