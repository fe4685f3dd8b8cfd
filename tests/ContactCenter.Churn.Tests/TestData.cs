using System.Text;

namespace ContactCenter.Churn.Tests;

/// <summary>Data for the tests: small CSVs written inline, and the shared Telco file beside the repository.</summary>
internal static class TestData
{
    public static ChurnTable Csv(string text, string source = "test.csv") =>
        ChurnCsv.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), source);

    private const string TelcoFile = "telco-customer-churn.csv";

    /// <summary>IBM's Telco churn sample (7,043 rows) in ../shared/data, as the repository README says.</summary>
    public static string SharedTelcoPath => Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "data", TelcoFile));

    /// <summary>An unchanged copy shipped with the tests, for a checkout without ../shared beside it (a clean CI clone).</summary>
    public static string ShippedTelcoPath => Path.Combine(RepositoryRoot(), "tests", "ContactCenter.Churn.Tests", "TestData", TelcoFile);

    /// <summary>The shared file where it exists, else the shipped copy (a test keeps the two identical).</summary>
    public static string TelcoPath => File.Exists(SharedTelcoPath) ? SharedTelcoPath : ShippedTelcoPath;

    public static ChurnTable Telco() => ChurnCsv.Read(TelcoPath);

    /// <summary>The rows of a table at the given positions, as a new table (same columns).</summary>
    public static ChurnTable Subset(ChurnTable table, IEnumerable<int> rows, string source) =>
        new(table.Columns, rows.Select(r => table.Rows[r]).ToList(), source);

    public static IReadOnlyDictionary<string, string?> Row(ChurnTable table, int row) =>
        table.Columns.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => table.Rows[row][p.i]);

    /// <summary>ROC AUC by counting pairs: an independent check of the library's own metric.</summary>
    public static double PairwiseAuc(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        double wins = 0, pairs = 0;
        for (var i = 0; i < scores.Count; i++)
        {
            if (!labels[i]) continue;
            for (var j = 0; j < scores.Count; j++)
            {
                if (labels[j]) continue;
                pairs++;
                wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
            }
        }
        return wins / pairs;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Orleans.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException($"Orleans.sln not found above {AppContext.BaseDirectory}");
    }
}
