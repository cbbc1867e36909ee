namespace GraphGen.Runtime;

/// <summary>A generated parameters or query class: validates itself and adds its values to a request.</summary>
public interface IGraphParameters
{
    /// <summary>Validates the parameters (required values, bounds, "one of" groups) and adds them to the request.</summary>
    /// <param name="request">The request to complete.</param>
    /// <exception cref="System.ArgumentException">A rule is broken; the message names the parameter.</exception>
    void AddTo(GraphRequest request);
}
