using Npgsql;

namespace TrustHubGen.Durable.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server the tests use: eng/test.sh starts a throwaway cluster and names it in TRUSTHUBGEN_TEST_POSTGRES.
/// Each test gets a database of its own, dropped at the end. No server is a failure with the fix, never a skip.
/// </summary>
internal sealed class TestPostgres : IAsyncDisposable
{
    public const string Variable = "TRUSTHUBGEN_TEST_POSTGRES";

    private readonly string _server;

    private TestPostgres(string server, string database)
    {
        _server = server;
        Database = database;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = database, MaxPoolSize = 30 }.ConnectionString;
    }

    public string Database { get; }

    public string ConnectionString { get; }

    public static string Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server
        ? server
        : throw new InvalidOperationException(
            $"This test needs PostgreSQL and {Variable} is not set. Run the tests with `bash eng/test.sh` (it starts a throwaway " +
            $"PostgreSQL cluster), or in a shell: `source eng/postgres.sh && postgres_start` (then `postgres_stop`), or set {Variable} " +
            "to an Npgsql connection string of a server where the user may create databases.");

    public static async Task<TestPostgres> CreateDatabaseAsync(string purpose)
    {
        var name = $"th_{purpose}_{Guid.NewGuid():N}"[..40].ToLowerInvariant();
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return new TestPostgres(Server, name);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
