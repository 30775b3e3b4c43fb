using Azure.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PerfBot.Council;
using PerfBot.Scheduling;
using PerfBot.Store;

namespace PerfBot.Calendar;

/// <summary>Meetings from each committee's Microsoft 365 group calendar, synced daily: app-only credentials (client secret) from Calendar:Graph.</summary>
public static class CalendarFeature
{
    public static IServiceCollection AddCalendarSync(this IServiceCollection services)
    {
        services.AddOptions<GraphCalendarOptions>().BindConfiguration(GraphCalendarOptions.Section)
            .Validate(o => o.Route is "groups" or "users", "Calendar:Graph:Route must be 'groups' or 'users'.")
            .Validate(o => o.DaysAhead is > 0 and <= 366, "Calendar:Graph:DaysAhead must be between 1 and 366.")
            .ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<GraphCalendarOptions>>().Value;
            // Created per run, so a rotated secret in configuration is picked up without a restart of the reader.
            GraphCalendarReader Reader()
            {
                if (!options.IsConfigured) throw new InvalidOperationException("Calendar:Graph needs TenantId, ClientId and ClientSecret.");
                var credentialOptions = new ClientSecretCredentialOptions();
                if (options.AuthorityHost is { } authority) credentialOptions.AuthorityHost = authority;
                return new GraphCalendarReader(new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret, credentialOptions), options);
            }
            return new CalendarSync(sp.GetRequiredService<Database>(), Reader, options, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<CalendarSync>>());
        });
        // Only when Graph is configured; safe to run again.
        return services.AddScheduledJob<CalendarSyncJob>(provider => provider.GetRequiredService<IOptions<GraphCalendarOptions>>().Value is { IsConfigured: true } o
            ? ScheduledJob.Of<CalendarSyncJob>(CalendarSyncJob.Name, "Syncs committee meetings from their group calendars", o.Schedule, CouncilClock.ZoneId, MissedFire.RunOnceOnReturn)
            : null);
    }
}
