using Microsoft.Extensions.DependencyInjection.Extensions;
using PerfBot.Store;

namespace PerfBot.Questions.Conversing;

public static class ConversationContextsFeature
{
    /// <summary>
    /// Where conversations' contexts are kept: in memory on a SQLite store, whose one instance sees every turn and whose
    /// answers must not queue behind an import for the file's write lock; in the shared table on PostgreSQL, where any
    /// instance may get the follow-up. Idempotent; the host registers the <see cref="Database"/>.
    /// </summary>
    public static IServiceCollection AddConversationContexts(this IServiceCollection services)
    {
        services.TryAddSingleton<ConversationContexts>();
        services.TryAddSingleton<IConversationContexts>(provider => provider.GetRequiredService<Database>().Engine == StoreEngine.Postgres
            ? ActivatorUtilities.CreateInstance<StoredConversationContexts>(provider)
            : provider.GetRequiredService<ConversationContexts>());
        services.AddHostedService<ConversationContextSweeper>();
        return services;
    }
}
