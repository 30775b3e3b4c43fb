using PerfBot.Alerts;
using PerfBot.Audit;
using PerfBot.Briefings;
using PerfBot.Calendar;
using PerfBot.Channels;
using PerfBot.Charts;
using PerfBot.Commentary;
using PerfBot.Committees;
using PerfBot.Conversations;
using PerfBot.Council;
using PerfBot.Delivery;
using PerfBot.Digests;
using PerfBot.Questions;
using PerfBot.Roles;
using PerfBot.Scheduling;
using PerfBot.Store;
using PerfBot.Sync;
using PerfBot.Teams;
using PerfBot.Telemetry;
using PerfBot.Uploads;

namespace PerfBot.Hosting;

/// <summary>
/// Every feature, each registering its own services, options, chat commands and jobs. <c>perfbot serve</c> and the
/// command-line verbs build their services from this one list, so a verb does what the bot does.
/// </summary>
public static class PerfBotFeatures
{
    public static IServiceCollection AddPerfBot(this IServiceCollection services, IConfiguration configuration, Database database) => services
        .AddCouncilClock()
        .AddStore(database)
        .AddAudit()
        .AddCommittees()
        .AddTelemetry(configuration)
        .AddConversations()
        .AddRoles()
        .AddChannels()
        .AddTeamsChannel()
        .AddDelivery(configuration)
        .AddScheduling(configuration, database)
        .AddCharts()
        .AddQuestions()
        .AddDigests()
        .AddAlerts()
        .AddBriefings()
        .AddCalendarSync()
        .AddUploads()
        .AddCommentary()
        .AddWorkbookSync()
        .AddHealth();
}
