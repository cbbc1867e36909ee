namespace GraphGen.Generator;

/// <summary>
/// Names of the pipeline steps (<c>WithTrackingName</c>), so tests can assert that a step was cached or unchanged.
/// </summary>
public static class TrackingNames
{
    public const string SchemaFiles = nameof(SchemaFiles);
    public const string Documents = nameof(Documents);
    public const string Schema = nameof(Schema);
    public const string Roots = nameof(Roots);
    public const string Reachable = nameof(Reachable);
    public const string Names = nameof(Names);
    public const string Options = nameof(Options);
    public const string SchemaWithOptions = nameof(SchemaWithOptions);
    public const string SchemaDiagnostics = nameof(SchemaDiagnostics);
    public const string TypeModels = nameof(TypeModels);
    public const string TypeModel = nameof(TypeModel);
    public const string RequestModels = nameof(RequestModels);
    public const string RequestModel = nameof(RequestModel);
    public const string MetadataModels = nameof(MetadataModels);
    public const string MetadataModel = nameof(MetadataModel);
    public const string EnumModels = nameof(EnumModels);
    public const string EnumModel = nameof(EnumModel);
    public const string ErrorCatalog = nameof(ErrorCatalog);
    public const string Client = nameof(Client);
}
