namespace MoriokaSite.Search;

/// <summary>Where in a project a gram occurs. The bits are ranked: a match in the name outranks one in the summary only.</summary>
[Flags]
public enum SearchWhere
{
    None = 0,
    Summary = 1,

    /// <summary>The field's name (and a 再掲 field's) and the tag names.</summary>
    Labels = 2,
    Name = 4,
}
