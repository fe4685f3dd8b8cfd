using System.IO.Compression;
using System.Text.Json;
using ContactCenter.Churn.Features;

namespace ContactCenter.Churn.Scoring;

/// <summary>
/// The model file: a zip with the ML.NET model (itself a zip, over our feature vector) and a JSON description of the
/// columns, their encodings and baselines, and the ChurnModelInfo.
/// </summary>
internal static class ModelFile
{
    public const int Format = 1;
    private const string ModelEntry = "model.mlnet", DescriptionEntry = "description.json";
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    internal sealed record Description(int Format, int Width, IReadOnlyList<ColumnEncoding> Columns, ChurnModelInfo Info);

    public static byte[] Write(Description description, byte[] mlModel)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var entry = zip.CreateEntry(ModelEntry, CompressionLevel.NoCompression).Open()) entry.Write(mlModel);
            using (var entry = zip.CreateEntry(DescriptionEntry).Open()) JsonSerializer.Serialize(entry, description, Json);
        }
        return buffer.ToArray();
    }

    public static (Description Description, byte[] MlModel) Read(byte[] file)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(file), ZipArchiveMode.Read);
            var description = Entry(zip, DescriptionEntry, s => JsonSerializer.Deserialize<Description>(s, Json))
                ?? throw Bad("the description is empty");
            if (description.Format != Format) throw Bad($"format {description.Format} is not the supported format {Format}");
            if (description.Columns is null || description.Info is null) throw Bad("the description has no columns or no info");
            var mlModel = Entry(zip, ModelEntry, s => { using var copy = new MemoryStream(); s.CopyTo(copy); return copy.ToArray(); });
            return (description, mlModel);
        }
        catch (Exception ex) when (ex is InvalidDataException or JsonException or IOException or NotSupportedException)
        {
            throw Bad(ex.Message);
        }
    }

    public static ChurnDataException Bad(string why) => new("model", $"not a churn model file: {why}");

    private static T Entry<T>(ZipArchive zip, string name, Func<Stream, T> read)
    {
        using var stream = (zip.GetEntry(name) ?? throw Bad($"it has no {name}")).Open();
        return read(stream);
    }
}
