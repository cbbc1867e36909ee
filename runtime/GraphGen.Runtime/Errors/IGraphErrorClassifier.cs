namespace GraphGen.Runtime;

/// <summary>
/// Decides what an error <em>means</em> from Graph's <c>error.code</c> and <c>error.error_subcode</c>. Generated code
/// supplies the schema's error catalog; <see cref="GraphErrorClassifier.Default"/> knows the well-known codes.
/// </summary>
public interface IGraphErrorClassifier
{
    /// <summary>Classifies an error. Return <see cref="GraphErrorCategory.Other"/> for codes you do not know.</summary>
    /// <param name="code">The <c>error.code</c>.</param>
    /// <param name="subcode">The <c>error.error_subcode</c>, if any.</param>
    /// <returns>The category.</returns>
    GraphErrorCategory Classify(int code, int? subcode);
}
