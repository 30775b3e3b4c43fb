using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PerfBot.TeamsApp;

/// <summary>Fills the {{PLACEHOLDERS}} in manifest/manifest.json.</summary>
public static class ManifestTemplate
{
    // The manifest is read by Teams and by people, never embedded in HTML: "what's red" reads better than "what\u0027s red".
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Fill(string template, AppPackageSettings settings)
    {
        var values = new Dictionary<string, string>
        {
            ["{{APP_ID}}"] = settings.AppId.ToString(),
            ["{{BOT_ID}}"] = settings.BotId.ToString(),
            ["{{HOST}}"] = settings.Host ?? "",
            ["{{VERSION}}"] = settings.Version,
            ["{{PUBLISHER}}"] = settings.Publisher,
            ["{{WEBSITE_URL}}"] = settings.WebsiteUrl.AbsoluteUri,
            ["{{PRIVACY_URL}}"] = settings.PrivacyUrl.AbsoluteUri,
            ["{{TERMS_URL}}"] = settings.TermsUrl.AbsoluteUri,
        };
        // Replacing inside parsed string values, not in the raw text, keeps a quote in a publisher's name from breaking the JSON.
        var manifest = JsonNode.Parse(template) ?? throw new InvalidDataException("The manifest template is empty.");
        ReplaceStrings(manifest, values);
        DropEmptyValidDomains(manifest);
        var unfilled = FindUnfilled(manifest);
        if (unfilled is not null)
            throw new InvalidDataException($"The manifest template has a placeholder nothing fills: {unfilled}");
        return manifest.ToJsonString(Indented);
    }

    private static void ReplaceStrings(JsonNode node, IReadOnlyDictionary<string, string> values)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                    if (child is JsonValue value && value.TryGetValue(out string? text))
                        obj[name] = Replace(text, values);
                    else if (child is not null)
                        ReplaceStrings(child, values);
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                    if (array[i] is JsonValue value && value.TryGetValue(out string? text))
                        array[i] = Replace(text, values);
                    else if (array[i] is { } child)
                        ReplaceStrings(child, values);
                break;
        }
    }

    private static string Replace(string text, IReadOnlyDictionary<string, string> values) =>
        values.Aggregate(text, (current, pair) => current.Replace(pair.Key, pair.Value, StringComparison.Ordinal));

    // Without a host, the "{{HOST}}" entry becomes "" which Teams would reject as a domain.
    private static void DropEmptyValidDomains(JsonNode manifest)
    {
        if (manifest["validDomains"] is not JsonArray domains)
            return;
        foreach (var empty in domains.Where(d => d?.GetValue<string>() is "").ToList())
            domains.Remove(empty);
    }

    private static string? FindUnfilled(JsonNode manifest)
    {
        var text = manifest.ToJsonString();
        var start = text.IndexOf("{{", StringComparison.Ordinal);
        if (start < 0)
            return null;
        var end = text.IndexOf("}}", start, StringComparison.Ordinal);
        return end < 0 ? text[start..] : text[start..(end + 2)];
    }
}
