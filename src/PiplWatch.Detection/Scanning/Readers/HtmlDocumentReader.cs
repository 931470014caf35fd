using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace PiplWatch.Detection.Scanning.Readers;

/// <summary>
/// HTML (AngleSharp). Each leaf block (a cell, paragraph, list item …) is one segment, so digits split by inline tags
/// (<c>1101&lt;span&gt;05…</c>) are read as one value; table cells carry their column's header. Attribute values,
/// comments, scripts and hidden elements are scanned too and marked not visible: a page publishes them all the same.
/// </summary>
public sealed class HtmlDocumentReader : IDocumentReader
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "td", "th", "li", "tbody", "thead", "tfoot", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "caption",
        "section", "article", "header", "footer", "main", "aside", "nav", "address", "figcaption", "label", "option", "title", "body", "tr", "table", "ul", "ol", "form",
    };

    private static readonly string[] ScannedAttributes = ["title", "alt", "value", "content", "placeholder", "href", "data-id", "data-phone", "data-name", "data-value"];

    /// <inheritdoc/>
    public string Format => "html";

    /// <inheritdoc/>
    public IEnumerable<TextSegment> Read(Stream stream, string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        string html;
        using (var reader = TextDecoding.OpenText(stream, "web page"))
        {
            html = reader.ReadToEnd();
        }

        var document = new HtmlParser().ParseDocument(html);
        var context = new WalkContext(path, cancellationToken);
        Walk(document.DocumentElement, "html", cell: null, hiddenBecause: null, context);
        return context.Found;
    }

    private static void Walk(IElement element, string elementPath, int? cell, string? hiddenBecause, WalkContext context)
    {
        context.CancellationToken.ThrowIfCancellationRequested();
        hiddenBecause ??= HiddenReason(element);
        AttributesAndComments(element, elementPath, context, recurse: false);

        var hasBlockChildren = element.Children.Any(c => Blocks.Contains(c.LocalName) || c.LocalName is "script" or "style" or "template" or "noscript");
        if (!hasBlockChildren || element.LocalName is "td" or "th" or "li" or "p" or "option" or "title")
        {
            var text = element.LocalName is "script" or "style" ? element.TextContent : TextWithBreaks(element);
            if (text.Trim().Length > 0)
            {
                var header = element.LocalName == "td" && cell is { } index ? context.HeaderOf(element, index) : null;
                context.Found.Add(new TextSegment(
                    text,
                    new ScanLocation(context.Path) { Element = elementPath, Column = cell, ColumnName = header },
                    header == text.Trim() ? null : header,
                    Visible: hiddenBecause is null,
                    HiddenBecause: hiddenBecause));
            }

            // Inline children may still carry attributes and comments.
            foreach (var child in element.Children)
            {
                AttributesAndComments(child, elementPath + "/" + child.LocalName, context, recurse: true);
            }

            return;
        }

        // Text directly inside a block that also has block children.
        var own = string.Concat(element.ChildNodes.OfType<IText>().Select(t => t.Data)).Trim();
        if (own.Length > 0)
        {
            context.Found.Add(new TextSegment(own, new ScanLocation(context.Path) { Element = elementPath }, Visible: hiddenBecause is null, HiddenBecause: hiddenBecause));
        }

        // Positions are counted while walking: recomputing sibling lists per element is quadratic on long tables.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var cellIndex = 0;
        foreach (var child in element.Children)
        {
            counts[child.LocalName] = counts.GetValueOrDefault(child.LocalName) + 1;
            int? childCell = child.LocalName is "td" or "th" ? ++cellIndex : null;
            var childPath = string.Create(CultureInfo.InvariantCulture, $"{elementPath}/{child.LocalName}[{counts[child.LocalName]}]");
            Walk(child, childPath, childCell, hiddenBecause, context);
        }
    }

    private static void AttributesAndComments(IElement element, string elementPath, WalkContext context, bool recurse)
    {
        foreach (var attribute in ScannedAttributes)
        {
            if (element.GetAttribute(attribute) is { Length: > 0 } value)
            {
                context.Found.Add(new TextSegment(value, new ScanLocation(context.Path) { Element = $"{elementPath} @{attribute}" }, Visible: false, HiddenBecause: "attribute " + attribute));
            }
        }

        foreach (var node in element.ChildNodes)
        {
            if (node is IComment comment && comment.Data.Trim().Length > 0)
            {
                context.Found.Add(new TextSegment(comment.Data, new ScanLocation(context.Path) { Element = elementPath + " <!-- -->" }, Visible: false, HiddenBecause: "comment"));
            }
        }

        if (recurse)
        {
            foreach (var child in element.Children)
            {
                AttributesAndComments(child, elementPath + "/" + child.LocalName, context, recurse: true);
            }
        }
    }

    /// <summary>Text content with line breaks where &lt;br&gt; and block boundaries are, so values do not run together.</summary>
    private static string TextWithBreaks(IElement element)
    {
        if (!element.Children.Any(c => c.LocalName is "br" || Blocks.Contains(c.LocalName)))
        {
            return element.TextContent;
        }

        var builder = new System.Text.StringBuilder();
        foreach (var node in element.ChildNodes)
        {
            if (node is IElement { LocalName: "br" })
            {
                builder.Append('\n');
            }
            else if (node is IElement child && Blocks.Contains(child.LocalName))
            {
                builder.Append('\n').Append(child.TextContent).Append('\n');
            }
            else
            {
                builder.Append(node.TextContent);
            }
        }

        return builder.ToString();
    }

    private static string? HiddenReason(IElement element)
    {
        if (element.LocalName is "script" or "template" or "noscript" or "style")
        {
            return element.LocalName;
        }

        if (element.HasAttribute("hidden"))
        {
            return "hidden attribute";
        }

        if (element.LocalName == "input" && string.Equals(element.GetAttribute("type"), "hidden", StringComparison.OrdinalIgnoreCase))
        {
            return "hidden input";
        }

        var style = element.GetAttribute("style")?.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        return style is not null && (style.Contains("display:none", StringComparison.Ordinal) || style.Contains("visibility:hidden", StringComparison.Ordinal))
            ? "hidden by style"
            : null;
    }

    private sealed class WalkContext(string path, CancellationToken cancellationToken)
    {
        private readonly Dictionary<IElement, string[]?> _headers = [];

        public string Path { get; } = path;

        public CancellationToken CancellationToken { get; } = cancellationToken;

        public List<TextSegment> Found { get; } = [];

        /// <summary>The header of a cell's column: the same position in the table's first row with th cells (else its first row).</summary>
        public string? HeaderOf(IElement cell, int index)
        {
            var table = cell.Closest("table");
            if (table is null)
            {
                return null;
            }

            if (!_headers.TryGetValue(table, out var headers))
            {
                var rows = table.QuerySelectorAll("tr");
                var headerRow = rows.FirstOrDefault(r => r.Children.Any(c => c.LocalName == "th")) ?? (rows.Length > 0 ? rows[0] : null);
                headers = headerRow?.Children.Where(c => c.LocalName is "td" or "th").Select(c => c.TextContent.Trim()).ToArray();
                _headers[table] = headers;
            }

            return headers is not null && index <= headers.Length ? headers[index - 1] : null;
        }
    }
}
