using System.Data.Common;
using System.Security.Cryptography;
using System.Text;

namespace PerfBot.Store.Move;

/// <summary>
/// A table's row count and a checksum of its rows, computed the same way from a SQLite or a PostgreSQL connection:
/// each row's canonical values (<see cref="TableColumn.Canonical"/>) hashed with SHA-256, the hashes added up, so the
/// order rows come back in does not matter and no table is ever held in memory.
/// </summary>
public static class TableChecksum
{
    public sealed record Result(long Rows, string Checksum);

    public static Result Compute(DbConnection connection, string table, IReadOnlyList<TableColumn> columns, DbTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT {string.Join(", ", columns.Select(c => $"\"{c.Name}\""))} FROM \"{table}\"";
        using var reader = command.ExecuteReader();
        ulong a = 0, b = 0, c = 0, d = 0;
        long rows = 0;
        var row = new StringBuilder();
        Span<byte> hash = stackalloc byte[32];
        while (reader.Read())
        {
            row.Clear();
            for (var i = 0; i < columns.Count; i++) row.Append(columns[i].Canonical(reader.IsDBNull(i) ? null : reader.GetValue(i))).Append('\u241E');
            SHA256.HashData(Encoding.UTF8.GetBytes(row.ToString()), hash);
            a += BitConverter.ToUInt64(hash[..8]);
            b += BitConverter.ToUInt64(hash[8..16]);
            c += BitConverter.ToUInt64(hash[16..24]);
            d += BitConverter.ToUInt64(hash[24..]);
            rows++;
        }
        return new Result(rows, $"{a:x16}{b:x16}{c:x16}{d:x16}");
    }
}
