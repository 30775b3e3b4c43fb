using Microsoft.Graph;
using Microsoft.Graph.Models;
using PerfBot.Graph;
using PerfBot.Uploads;

namespace PerfBot.Sync;

/// <summary>A file on SharePoint or OneDrive as Graph describes it: the eTag and cTag say whether it changed.</summary>
public sealed record WorkbookItem(string Id, string Name, string? ETag, string? CTag, long? Size);

/// <summary>
/// Reads drive items app-only through the Microsoft Graph SDK (Files.Read.All or Sites.Read.All): the item's metadata by id
/// (GET /drives/{drive}/items/{item}) or path (GET /drives/{drive}/root:/{path}), then its content
/// (GET …/content, which redirects to a pre-authenticated download the SDK follows).
/// </summary>
public sealed class GraphWorkbookReader(GraphClients graph)
{
    private static readonly string[] Fields = ["id", "name", "eTag", "cTag", "size", "file"];

    public async Task<WorkbookItem> ItemAsync(WorkbookSource source, CancellationToken cancellationToken)
    {
        var client = graph.Create();
        var item = source.ItemId is { Length: > 0 } id
            ? await client.Drives[source.DriveId].Items[id].GetAsync(Configure, cancellationToken)
            : await client.Drives[source.DriveId].Root.ItemWithPath(source.Path!.Trim('/')).GetAsync(Configure, cancellationToken);
        if (item?.Id is null) throw new InvalidOperationException($"Graph returned no item for {source.Where}.");
        if (item.File is null) throw new InvalidOperationException($"{source.Where} is a folder, not a file.");
        return new WorkbookItem(item.Id, item.Name ?? source.Path ?? item.Id, item.ETag, item.CTag, item.Size);
    }

    public async Task DownloadAsync(WorkbookSource source, WorkbookItem item, string path, long maxBytes, CancellationToken cancellationToken)
    {
        var client = graph.Create();
        await using var content = await client.Drives[source.DriveId].Items[item.Id].Content.GetAsync(c => c.Options.Add(graph.Retry), cancellationToken)
            ?? throw new InvalidOperationException($"Graph returned no content for {item.Name}.");
        await BoundedCopy.ToFileAsync(content, path, maxBytes, () => new WorkbookTooLargeException(item.Name, maxBytes), cancellationToken);
    }

    private void Configure(Microsoft.Kiota.Abstractions.RequestConfiguration<Microsoft.Graph.Drives.Item.Items.Item.DriveItemItemRequestBuilder.DriveItemItemRequestBuilderGetQueryParameters> c)
    {
        c.QueryParameters.Select = Fields;
        c.Options.Add(graph.Retry);
    }
}

/// <summary>A workbook larger than Files:MaxBytes.</summary>
public sealed class WorkbookTooLargeException(string name, long limit)
    : Exception($"{name} is larger than the {limit / (1024 * 1024.0):0.#} MB PerfBot takes (Files:MaxBytes).");
