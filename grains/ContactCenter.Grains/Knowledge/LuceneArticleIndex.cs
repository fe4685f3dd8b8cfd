using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ContactCenter.Grains.Knowledge;

/// <summary>
/// The published articles in an in-memory Lucene index: English stemming ("refunds" finds "refund"), the title
/// boosted over tags and products, and those over the body. Filters (product, tags, public) do not change scores.
/// Used by one grain only, so it is never called from two threads at once.
/// </summary>
public sealed class LuceneArticleIndex : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private static readonly Dictionary<string, float> Boosts = new() { ["title"] = 3f, ["tags"] = 2f, ["products"] = 2f, ["body"] = 1f };

    private readonly RAMDirectory _directory = new();
    private readonly Analyzer _analyzer = new EnglishAnalyzer(Version);
    private readonly IndexWriter _writer;
    private DirectoryReader _reader;
    private bool _changed;

    public LuceneArticleIndex()
    {
        _writer = new IndexWriter(_directory, new IndexWriterConfig(Version, _analyzer));
        _reader = DirectoryReader.Open(_writer, applyAllDeletes: true);
    }

    public void Put(string articleId, ArticleDraft live, string plainBody)
    {
        var doc = new Document
        {
            new StringField("id", articleId, Field.Store.YES),
            new TextField("title", live.Title, Field.Store.NO),
            new TextField("body", plainBody, Field.Store.NO),
            new TextField("tags", string.Join(" . ", live.Tags), Field.Store.NO),
            new TextField("products", string.Join(" . ", live.Products), Field.Store.NO),
            new StringField("visibility", Label(live.Visibility.ToString()), Field.Store.NO),
        };
        foreach (var product in live.Products) doc.Add(new StringField("product", Label(product), Field.Store.NO));
        foreach (var tag in live.Tags) doc.Add(new StringField("tag", Label(tag), Field.Store.NO));
        _writer.UpdateDocument(new Term("id", articleId), doc);
        _changed = true;
    }

    public void Remove(string articleId)
    {
        _writer.DeleteDocuments(new Term("id", articleId));
        _changed = true;
    }

    /// <summary>The best <paramref name="window"/> article ids by text relevance; empty when the text has no searchable word.</summary>
    public IReadOnlyList<(string ArticleId, double Relevance)> Search(string text, string? product, IReadOnlyList<string>? tags, bool publicOnly, int window)
    {
        var parser = new MultiFieldQueryParser(Version, [.. Boosts.Keys], _analyzer, Boosts);
        // Escape covers the syntax characters but not the operators AND, OR and NOT, which only count in upper case;
        // the analyser lower-cases every word anyway, so lower-casing first loses nothing.
        Query query;
        try { query = parser.Parse(QueryParserBase.Escape(text.ToLowerInvariant())); }
        catch (ParseException) { return []; }
        if (query is null || query is BooleanQuery { Clauses.Count: 0 }) return [];
        var searcher = new IndexSearcher(Fresh());
        var top = searcher.Search(query, Filter(product, tags, publicOnly), window);
        return top.ScoreDocs.Select(d => (searcher.Doc(d.Doc).Get("id"), (double)d.Score)).ToList();
    }

    /// <summary>The analysed forms of the query's words ("Refunds" → "refund"), to find them again in a snippet.</summary>
    public HashSet<string> Terms(string text)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (term, _, _) in Tokens(text)) terms.Add(term);
        return terms;
    }

    /// <summary>Where in the text the first of the terms occurs, as a character offset; null when none does.</summary>
    public (int Start, int End)? FirstMatch(string text, HashSet<string> terms)
    {
        foreach (var (term, start, end) in Tokens(text))
            if (terms.Contains(term)) return (start, end);
        return null;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _writer.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }

    private IEnumerable<(string Term, int Start, int End)> Tokens(string text)
    {
        using var stream = _analyzer.GetTokenStream("body", new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var found = new List<(string, int, int)>();
        while (stream.IncrementToken()) found.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        stream.End();
        return found;
    }

    private DirectoryReader Fresh()
    {
        if (!_changed) return _reader;
        var newer = DirectoryReader.OpenIfChanged(_reader, _writer, applyAllDeletes: true);
        if (newer is not null)
        {
            _reader.Dispose();
            _reader = newer;
        }
        _changed = false;
        return _reader;
    }

    private static Filter? Filter(string? product, IReadOnlyList<string>? tags, bool publicOnly)
    {
        var must = new BooleanQuery();
        if (product is not null) must.Add(new TermQuery(new Term("product", Label(product))), Occur.MUST);
        foreach (var tag in tags ?? []) must.Add(new TermQuery(new Term("tag", Label(tag))), Occur.MUST);
        if (publicOnly) must.Add(new TermQuery(new Term("visibility", "public")), Occur.MUST);
        return must.Clauses.Count == 0 ? null : new QueryWrapperFilter(must);
    }

    private static string Label(string value) => value.Trim().ToLowerInvariant();
}
