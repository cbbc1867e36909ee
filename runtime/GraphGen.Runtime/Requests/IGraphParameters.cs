namespace GraphGen.Runtime;

/// <summary>A generated parameters or query class: validates itself and adds its values to a request.</summary>
public interface IGraphParameters
{
    /// <summary>Validates the parameters (required values, bounds, "one of" groups) and adds them to the request.</summary>
    /// <param name="request">The request to complete.</param>
    /// <exception cref="System.ArgumentException">A rule is broken; the message names the parameter.</exception>
    void AddTo(GraphRequest request);

    /// <summary>
    /// The wire name of a parameter the Graph API rejects a request without, or <see langword="null"/> when all are
    /// optional. An edge call whose query class has one throws <see cref="System.ArgumentException"/> when called
    /// without a query, before anything is sent.
    /// </summary>
    static virtual string? RequiredParameter => null;
}
