using ContactCenter.Churn;
using ContactCenter.Contracts;
using ContactCenter.Dashboard.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace ContactCenter.Dashboard.Components.Analyst;

/// <summary>
/// Reads an uploaded CSV (bounded, parsed off the circuit), lets the analyst pick the label, its positive value
/// and the id columns, and hands the table to the training job. Problems are said before training starts.
/// </summary>
public sealed partial class CsvImport
{
    public const long MaxBytes = 50L * 1024 * 1024;

    /// <summary>More distinct values than this and the column is not a yes/no label.</summary>
    private const int MaxLabelValues = 20;

    private static readonly string[] PositiveGuesses = ["yes", "true", "1", "churned", "left"];

    [Inject] private ChurnTrainingJobs Jobs { get; set; } = null!;

    /// <summary>A job is running, so another cannot start.</summary>
    [Parameter] public bool Busy { get; set; }

    private ChurnTable? Table { get; set; }
    private string? FileError { get; set; }
    private bool Reading { get; set; }

    /// <summary>Starts as the center's own label name and is kept across uploads, so a file without it is pointed out.</summary>
    private string? Label { get; set; } = ChurnFeatureNames.Label;
    private string? Positive { get; set; }
    private IReadOnlyCollection<string> IdColumns { get; set; } = [];
    private IReadOnlyList<string> LabelValues { get; set; } = [];
    private int LabelValueCount { get; set; }

    private async Task OnFile(IBrowserFile? file)
    {
        (Table, FileError) = (null, null);
        if (file is null) return;
        if (file.Size > MaxBytes)
        {
            FileError = $"{file.Name} is {file.Size / 1024d / 1024:0.#} MB; the limit is {MaxBytes / 1024 / 1024} MB. Upload a sample of the rows instead.";
            return;
        }
        Reading = true;
        try
        {
            using var buffer = new MemoryStream();
            await using (var upload = file.OpenReadStream(MaxBytes)) await upload.CopyToAsync(buffer);
            buffer.Position = 0;
            // Parsing a large file is CPU work: keep it off the circuit's thread.
            var table = await Task.Run(() => ChurnCsv.Read(buffer, file.Name));
            if (table.Rows.Count == 0) FileError = $"{file.Name} has a header but no rows: there is nothing to learn from.";
            else Use(table);
        }
        catch (ChurnDataException ex) { FileError = ex.Message; }
        catch (IOException ex) { FileError = $"{file.Name} could not be read: {ex.Message}"; }
        finally { Reading = false; }
    }

    private void Use(ChurnTable table)
    {
        Table = table;
        IdColumns = table.Columns.Where(LooksLikeId).ToList();
        OnLabel(Label);
    }

    private void OnLabel(string? label)
    {
        Label = label;
        IdColumns = IdColumns.Where(c => c != label).ToList();
        var column = Table is null || label is null ? -1 : Table.IndexOf(label);
        var values = column < 0 ? [] : Enumerable.Range(0, Table!.Rows.Count).Select(r => Table.Cell(r, column)).OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxLabelValues + 1).ToList();
        LabelValueCount = values.Count;
        LabelValues = values.Count > MaxLabelValues ? [] : [.. values.Order(StringComparer.OrdinalIgnoreCase)];
        Positive = LabelValues.FirstOrDefault(v => PositiveGuesses.Contains(v, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>What stops training on the file as chosen, in words; null when it can be trained.</summary>
    private string? Problem => Table is null ? null
        : Label is null ? "Pick the label column: the one that says whether the customer left."
        : Table.IndexOf(Label) < 0 ? $"The file has no column '{Label}' for the label. Pick the column that says whether the customer left from: {string.Join(", ", Table.Columns.Take(20))}."
        : LabelValueCount == 0 ? $"Every row has a blank '{Label}': no usable rows to learn from."
        : LabelValueCount == 1 ? $"'{Label}' has only one value ({LabelValues[0]}): training needs customers who left and customers who stayed."
        : LabelValueCount > MaxLabelValues ? $"'{Label}' has more than {MaxLabelValues} different values; a label column has two, such as Yes and No."
        : Positive is null ? $"Pick which value of '{Label}' means the customer left."
        : null;

    private void Train()
    {
        if (Table is null || Problem is not null) return;
        if (!Jobs.StartFromCsv(Table, new ChurnTrainingSpec(Label!, Positive!, [.. IdColumns])))
            FileError = "Another training or promotion is running; wait for it to finish or cancel it.";
    }

    private static bool LooksLikeId(string column) =>
        column.Equals("id", StringComparison.OrdinalIgnoreCase) || column.Equals("customerid", StringComparison.OrdinalIgnoreCase)
        || column.EndsWith("_id", StringComparison.OrdinalIgnoreCase);
}
