using Microsoft.Extensions.DependencyInjection.Extensions;
using PerfBot.Council;
using PerfBot.Store;

namespace PerfBot.Links;

public static class LinksFeature
{
    /// <summary>The one signer of links answered without authentication, with the key from <see cref="LinkKey"/>.</summary>
    public static IServiceCollection AddLinks(this IServiceCollection services)
    {
        services.AddCouncilClock();
        services.AddOptions<PublicAddress>()
            .Configure<IConfiguration>((address, configuration) =>
                address.BaseUrl = configuration[PublicAddress.Key] is { Length: > 0 } text ? new Uri(text, UriKind.RelativeOrAbsolute) : null)
            .Validate(address => PublicAddress.IsValid(address.BaseUrl), $"{PublicAddress.Key} must be an absolute http(s) address, such as https://perfbot.council.gov.uk.")
            .ValidateOnStart();
        services.TryAddSingleton(sp => new LinkSigner(
            LinkKey.Resolve(sp.GetRequiredService<IConfiguration>()[LinkKey.ConfigurationKey], sp.GetRequiredService<Database>(), sp.GetRequiredService<TimeProvider>()),
            sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
