using Microsoft.Extensions.DependencyInjection.Extensions;
using PerfBot.Conversations;

namespace PerfBot.Uploads;

/// <summary>Figures dropped in a 1:1 chat: fetched within limits, previewed, imported or cancelled by the officer who sent them.</summary>
public static class UploadsFeature
{
    public static IServiceCollection AddUploads(this IServiceCollection services)
    {
        services.AddOptions<FilesOptions>().BindConfiguration(FilesOptions.Section)
            .PostConfigure<IConfiguration>((files, configuration) =>
            {
                // One comma-separated value (Files__AllowedHosts="*.sharepoint.com, files.example.gov.uk") replaces the default list.
                if (configuration[$"{FilesOptions.Section}:{nameof(FilesOptions.AllowedHosts)}"] is { Length: > 0 } hosts)
                    files.AllowedHosts = hosts.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            })
            .ValidateDataAnnotations()
            .Validate(o => o.Timeout > TimeSpan.Zero && o.PreviewLifetime > TimeSpan.Zero, "Files:Timeout and Files:PreviewLifetime must be positive.")
            .ValidateOnStart();
        // No redirects followed by the handler: the downloader follows them itself, and only on the same host. No credentials either.
        services.AddHttpClient(FileDownloader.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, Credentials = null });
        services.TryAddTransient<FileDownloader>();
        services.TryAddSingleton<ImportPreviews>();
        services.TryAddTransient<UploadPreviewer>();
        services.TryAddTransient<PreviewDecisions>();
        return services.AddChatCommand<UploadCommand>();
    }
}
