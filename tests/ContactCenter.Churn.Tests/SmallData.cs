using System.Globalization;
using System.Text;

namespace ContactCenter.Churn.Tests;

/// <summary>A small made-up churn file: churners pay more, are newer and are on "basic" or a blank plan.</summary>
internal static class SmallData
{
    public const string Header = "customer,plan,spend,tenure,region,churned";

    public static string Csv(int rows = 60, Func<int, string>? label = null)
    {
        var text = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < rows; i++)
        {
            var churn = i % 3 == 0;
            var plan = churn ? (i % 2 == 0 ? "basic" : "") : (i % 4 == 1 ? "gold" : "silver");
            var spend = i % 5 == 0 ? "" : (churn ? 80 + i % 7 : 40 + i % 11).ToString(CultureInfo.InvariantCulture);
            var tenure = (churn ? i % 6 : 10 + i % 9).ToString(CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"c{i},{plan},{spend},{tenure},north,{label?.Invoke(i) ?? (churn ? "yes" : "no")}\n");
        }
        return text.ToString();
    }

    public static ChurnTrainingSpec Spec(int folds = 0, IReadOnlyList<string>? learners = null) =>
        new("churned", "yes", ["customer"], Folds: folds, Learners: learners ?? [ChurnLearners.Logistic], HoldOutFraction: 0.25);
}
