using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GraphGen.Benchmarks.Json;

// Plain models equivalent to the generated User/Album (same fields and types), read by System.Text.Json: the
// alternative a user would write by hand. Snake-case names come from the naming policy; Graph's "+0000" offsets,
// which System.Text.Json rejects, from GraphDateTimeConverter.

public sealed class UserDto
{
    public string? Id { get; set; }
    public string? About { get; set; }
    public AgeRangeDto? AgeRange { get; set; }
    public string? Birthday { get; set; }
    public IReadOnlyList<EducationExperienceDto>? Education { get; set; }
    public string? Email { get; set; }
    public IReadOnlyList<ExperienceDto>? FavoriteAthletes { get; set; }
    public IReadOnlyList<ExperienceDto>? FavoriteTeams { get; set; }
    public string? FirstName { get; set; }
    public string? Gender { get; set; }
    public PageDto? Hometown { get; set; }
    public string? IdForAvatars { get; set; }
    public IReadOnlyList<ExperienceDto>? InspirationalPeople { get; set; }
    public bool? Installed { get; set; }
    public bool? IsGuestUser { get; set; }
    public IReadOnlyList<ExperienceDto>? Languages { get; set; }
    public string? LastName { get; set; }
    public string? Link { get; set; }
    public bool? LocalNewsMegaphoneDismissStatus { get; set; }
    public bool? LocalNewsSubscriptionStatus { get; set; }
    public string? Locale { get; set; }
    public PageDto? Location { get; set; }
    public IReadOnlyList<string>? MeetingFor { get; set; }
    public string? MiddleName { get; set; }
    public string? Name { get; set; }
    public string? NameFormat { get; set; }
    public string? Political { get; set; }
    public string? Quotes { get; set; }
    public string? RelationshipStatus { get; set; }
    public DateTimeOffset? SharedLoginUpgradeRequiredBy { get; set; }
    public string? ShortName { get; set; }
    public UserDto? SignificantOther { get; set; }
    public IReadOnlyList<ExperienceDto>? Sports { get; set; }
    public bool? SupportsDonateButtonInLiveVideo { get; set; }
    public string? ThirdPartyId { get; set; }
    public double? Timezone { get; set; }
    public string? TokenForBusiness { get; set; }
    public DateTimeOffset? UpdatedTime { get; set; }
    public bool? Verified { get; set; }
    public VideoUploadLimitsDto? VideoUploadLimits { get; set; }
    public string? Website { get; set; }
    public DataEnvelopeDto<ProfilePictureSourceDto>? Picture { get; set; }
    public PageOfDto<AlbumDto>? Albums { get; set; }
}

public sealed class AgeRangeDto
{
    public long? Max { get; set; }
    public long? Min { get; set; }
}

public sealed class ExperienceDto
{
    public string? Description { get; set; }
    public JsonElement? From { get; set; }
    public string? Id { get; set; }
    public string? Name { get; set; }
    public IReadOnlyList<UserDto>? With { get; set; }
}

public sealed class EducationExperienceDto
{
    public IReadOnlyList<ExperienceDto>? Classes { get; set; }
    public IReadOnlyList<PageDto>? Concentration { get; set; }
    public PageDto? Degree { get; set; }
    public string? Id { get; set; }
    public PageDto? School { get; set; }
    public string? Type { get; set; }
    public IReadOnlyList<UserDto>? With { get; set; }
    public PageDto? Year { get; set; }
}

public sealed class PageDto
{
    public string? Id { get; set; }
    public string? Name { get; set; }
}

public sealed class VideoUploadLimitsDto
{
    public long? Length { get; set; }
    public long? Size { get; set; }
}

public sealed class ProfilePictureSourceDto
{
    public long? Bottom { get; set; }
    public string? CacheKey { get; set; }
    public long? Height { get; set; }
    public bool? IsSilhouette { get; set; }
    public long? Left { get; set; }
    public long? Right { get; set; }
    public long? Top { get; set; }
    public string? Url { get; set; }
    public long? Width { get; set; }
}

public sealed class AlbumDto
{
    public bool? CanUpload { get; set; }
    public long? Count { get; set; }
    public PhotoDto? CoverPhoto { get; set; }
    public DateTimeOffset? CreatedTime { get; set; }
    public string? Description { get; set; }
    public string? Id { get; set; }
    public string? Link { get; set; }
    public string? Location { get; set; }
    public string? Name { get; set; }
    public long? PhotoCount { get; set; }
    public string? Privacy { get; set; }
    public string? Type { get; set; }
    public DateTimeOffset? UpdatedTime { get; set; }
    public long? VideoCount { get; set; }
    public PageOfDto<PhotoDto>? Photos { get; set; }
}

public sealed class PhotoDto
{
    public string? Id { get; set; }
    public string? Name { get; set; }
}

public sealed class DataEnvelopeDto<T>
{
    public T? Data { get; set; }
}

public sealed class PageOfDto<T>
{
    public IReadOnlyList<T> Data { get; set; } = Array.Empty<T>();
    public PagingDto? Paging { get; set; }
}

public sealed class PagingDto
{
    public CursorsDto? Cursors { get; set; }
    public string? Next { get; set; }
    public string? Previous { get; set; }
}

public sealed class CursorsDto
{
    public string? Before { get; set; }
    public string? After { get; set; }
}

/// <summary>The System.Text.Json source generator in metadata mode (the mode that supports deserialization).</summary>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Metadata,
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    Converters = new[] { typeof(GraphDateTimeConverter) })]
[JsonSerializable(typeof(UserDto))]
[JsonSerializable(typeof(PageOfDto<AlbumDto>))]
public sealed partial class GraphStjContext : JsonSerializerContext
{
    /// <summary>The same settings for the reflection-based serializer.</summary>
    public static JsonSerializerOptions ReflectionOptions { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new GraphDateTimeConverter() },
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
    };
}

/// <summary>
/// Reads Graph's <c>2019-01-01T12:00:00+0000</c> (no colon in the offset) without allocating: the text is copied to
/// the stack, the colon inserted, then parsed exactly. The fastest fair converter a user would write.
/// </summary>
public sealed class GraphDateTimeConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Span<char> text = stackalloc char[40];
        int length = reader.CopyString(text);
        if (length == 24 && text[19] is '+' or '-')
        {
            text.Slice(22, 2).CopyTo(text.Slice(23));
            text[22] = ':';
            length = 25;
        }

        return DateTimeOffset.ParseExact(text.Slice(0, length), "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture).Remove(22, 1));
}
