namespace GraphGen.Extensions.DependencyInjection;

/// <summary>
/// Creates the generated API type of an <c>AddGraphApi</c> registration by name, optionally for another access token
/// (an agency calling Graph for many businesses: one registration per app, one token per business or user).
/// Each call makes a new client over a fresh <c>IHttpClientFactory</c> client, as typed HTTP clients are made.
/// </summary>
/// <typeparam name="TApi">The generated API type, e.g. <c>GraphApi</c>.</typeparam>
public interface IGraphApiFactory<TApi>
{
    /// <summary>Creates the API of a registration with its configured options.</summary>
    /// <param name="name">The registration name; <c>""</c> for the one registered without a name.</param>
    /// <returns>A new API instance.</returns>
    /// <exception cref="System.InvalidOperationException">No registration of <typeparamref name="TApi"/> has that name.</exception>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The registration's options are invalid.</exception>
    TApi Create(string name);

    /// <summary>Creates the API of a registration with its options but another default access token.</summary>
    /// <param name="name">The registration name; <c>""</c> for the one registered without a name.</param>
    /// <param name="accessToken">The access token every request of this instance sends (unless a call overrides it).</param>
    /// <returns>A new API instance.</returns>
    TApi Create(string name, string accessToken);
}
