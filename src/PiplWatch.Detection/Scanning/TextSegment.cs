namespace PiplWatch.Detection.Scanning;

/// <summary>
/// A piece of a document's text handed to the detector, with where it is and whether a reader of the document sees it.
/// What a reader does not see is published all the same: attribute values, comments, hidden sheets and columns.
/// </summary>
/// <param name="Text">The text.</param>
/// <param name="Location">Where it is.</param>
/// <param name="ColumnHeader">Header of the table column it is a cell of, if any — a hint for the detector.</param>
/// <param name="Visible">False for attributes, comments, hidden elements, sheets, columns and text.</param>
/// <param name="HiddenBecause">Why it is not visible (e.g. <c>comment</c>, <c>hidden sheet</c>), null when visible.</param>
public sealed record TextSegment(string Text, ScanLocation Location, string? ColumnHeader = null, bool Visible = true, string? HiddenBecause = null);
