using System.Globalization;
using NpgsqlTypes;

namespace PerfBot.Store.Move;

/// <summary>
/// One column of a PostgreSQL store table, by its type there: how a value read from SQLite (whose columns hold
/// integers, reals, text and blobs whatever they are declared as) becomes that type, and how either side's value is
/// written for the checksum, the same way on both.
/// </summary>
public sealed record TableColumn(string Name, string PostgresType)
{
    public NpgsqlDbType CopyType => PostgresType switch
    {
        "bigint" => NpgsqlDbType.Bigint,
        "integer" => NpgsqlDbType.Integer,
        "smallint" => NpgsqlDbType.Smallint,
        "double precision" => NpgsqlDbType.Double,
        "real" => NpgsqlDbType.Real,
        "numeric" => NpgsqlDbType.Numeric,
        "boolean" => NpgsqlDbType.Boolean,
        "bytea" => NpgsqlDbType.Bytea,
        "text" or "character varying" or "character" => NpgsqlDbType.Text,
        _ => throw new NotSupportedException($"Column {Name} has the type {PostgresType}, which migrate-store does not copy."),
    };

    /// <summary>A SQLite value as this column's type (flags stored as 0/1 become booleans, text kept as text).</summary>
    public object ToPostgres(object value) => CopyType switch
    {
        NpgsqlDbType.Bigint => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        NpgsqlDbType.Integer => Convert.ToInt32(value, CultureInfo.InvariantCulture),
        NpgsqlDbType.Smallint => Convert.ToInt16(value, CultureInfo.InvariantCulture),
        NpgsqlDbType.Double => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        NpgsqlDbType.Real => Convert.ToSingle(value, CultureInfo.InvariantCulture),
        NpgsqlDbType.Numeric => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        NpgsqlDbType.Boolean => AsFlag(value),
        NpgsqlDbType.Bytea => value as byte[] ?? System.Text.Encoding.UTF8.GetBytes(Convert.ToString(value, CultureInfo.InvariantCulture)!),
        _ => value as string ?? Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };

    /// <summary>The value as the checksum reads it, from either engine: the PostgreSQL type decides, so 1 and true agree.</summary>
    public string Canonical(object? value) => value is null or DBNull ? "\u2400" : ToPostgres(value) switch
    {
        bool flag => flag ? "1" : "0",
        byte[] bytes => Convert.ToHexString(bytes),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        float number => number.ToString("R", CultureInfo.InvariantCulture),
        decimal number => ((double)number).ToString("R", CultureInfo.InvariantCulture),
        var other => Convert.ToString(other, CultureInfo.InvariantCulture)!,
    };

    private static bool AsFlag(object value) => value switch
    {
        bool flag => flag,
        string text => text.Trim() is "1" || text.Trim().Equals("true", StringComparison.OrdinalIgnoreCase),
        _ => Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0,
    };
}
