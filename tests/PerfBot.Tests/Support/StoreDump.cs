using System.Globalization;
using System.Text;
using Dapper;
using PerfBot.Store;

namespace PerfBot.Tests.Support;

/// <summary>
/// Every row of every table but schema_migrations, rows sorted, written the same way on both engines (table names in
/// lower case, flags as 0 and 1, blobs in hex), so a SQLite store's dump can be compared with a PostgreSQL store's.
/// </summary>
public static class StoreDump
{
    public static string Of(Database database, Func<string, bool>? tables = null)
    {
        using var connection = database.Open();
        var builder = new StringBuilder();
        var names = connection.Query<string>(database.Sql.Tables)
            .Where(t => !t.Equals("schema_migrations", StringComparison.OrdinalIgnoreCase) && (tables?.Invoke(t.ToLowerInvariant()) ?? true))
            .OrderBy(t => t.ToLowerInvariant(), StringComparer.Ordinal);
        foreach (var table in names)
        {
            builder.AppendLine($"## {table.ToLowerInvariant()}");
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = command.ExecuteReader();
            var rows = new List<string>();
            while (reader.Read())
            {
                var row = new StringBuilder();
                for (var i = 0; i < reader.FieldCount; i++) row.Append(Render(reader.IsDBNull(i) ? null : reader.GetValue(i))).Append('|');
                rows.Add(row.ToString());
            }
            foreach (var row in rows.Order(StringComparer.Ordinal)) builder.AppendLine(row);
        }
        return builder.ToString();
    }

    private static string Render(object? value) => value switch
    {
        null => "NULL",
        bool flag => flag ? "1" : "0",
        byte[] bytes => Convert.ToHexString(bytes),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };
}
