namespace MoriokaSite.Model;

/// <summary>One row of data/synonyms.csv: words search treats as the same thing (IT, ICT), as staff wrote them.</summary>
public sealed record SynonymGroup(IReadOnlyList<string> Words, int Line);
